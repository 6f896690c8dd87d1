"""docs/tour.ipynb runs top to bottom without an error, and is stored without outputs."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

# The notebook extra (nbclient, nbformat, ipykernel), pandas and matplotlib are all in the
# test extra: a missing one is a broken test environment, so it fails rather than skips.

TOUR = Path(__file__).parent.parent.parent / "docs" / "tour.ipynb"


def test_the_tour_is_stored_without_outputs():
    notebook = nbformat.read(TOUR, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == []
        assert cell.execution_count is None


def test_the_tour_runs_top_to_bottom(tmp_path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.chdir(tmp_path)
    notebook = nbformat.read(TOUR, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [output for cell in notebook.cells for output in cell.get("outputs", [])]
    assert not [output for output in outputs if output.output_type == "error"]
    html = "".join(output.get("data", {}).get("text/html", "") for output in outputs)
    # The tables rendered: the schedule, the agreement, the recap and the outcome.
    assert "Rabu, 27 November 2024" in html
    assert "Rp13.962.082.800,00" in html
    assert "lewat tenggat" in html
    assert "Rekapitulasi tingkat kecamatan" in html
    assert "Pemilihan Bupati dan Wakil Bupati" in html
    # The pictures rendered as images.
    images = [output for output in outputs if "image/png" in output.get("data", {})]
    assert len(images) == 2
    assert list(tmp_path.iterdir()) == []  # the notebook writes to its own temporary folder
