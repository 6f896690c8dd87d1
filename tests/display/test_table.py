"""Tables in general, optional pandas, the presentation hooks (pilkada.display.table)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from pilkada import (
    PILKADA_2024,
    plan_staffing,
    presentation,
)
from pilkada.display.optional import require as _require
from pilkada.errors import PilkadaError, PilkadaMissingDependencyError, PilkadaTypeError
from pilkada.regions import ElectionKind
from pilkada.results import (
    decide,
    recapitulate,
)
from tests.strategies import blora

# -- optional pandas ---------------------------------------------------------------------------


def test_to_pandas_without_pandas_says_how_to_install_it(monkeypatch, batch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    agreement = blora()
    calls = {
        "Schedule.to_pandas()": PILKADA_2024.to_pandas,
        "GrantAgreement.to_pandas()": agreement.to_pandas,
        "GrantStatus.to_pandas()": agreement.status(on=dt.date(2024, 1, 1)).to_pandas,
        "StaffingPlan.to_pandas()": plan_staffing(kecamatan=1, desa=1, tps=1).to_pandas,
        "Recap.to_pandas()": recapitulate(batch, level="desa").to_pandas,
        "TpsResults.to_pandas()": batch.to_pandas,
        "Outcome.to_pandas()": decide(batch, election=ElectionKind.BUPATI).to_pandas,
    }
    for feature, call in calls.items():
        with pytest.raises(PilkadaMissingDependencyError) as caught:
            call()
        error = caught.value
        assert isinstance(error, ImportError)
        assert isinstance(error, PilkadaError)
        assert (error.field, error.value, error.package, error.extra) == (
            feature,
            "pandas",
            "pandas",
            "pandas",
        )
        assert str(error) == (
            f"{feature}: needs the optional package pandas, which is not installed; "
            'install it with: pip install "pilkada[pandas]"'
        )
    # The HTML needs no pandas.
    assert "Rp13.962.082.800,00" in agreement.to_html()


def test_require_imports_or_names_the_extra():
    assert _require("decimal", "pandas") is sys.modules["decimal"]
    with pytest.raises(PilkadaMissingDependencyError, match=r'pip install "pilkada\[plot\]"'):
        _require("pilkada_no_such_package.pyplot", "plot")


def test_require_does_not_hide_a_broken_package(tmp_path, monkeypatch):
    (tmp_path / "brokenpkg.py").write_text("import pilkada_no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError) as caught:
        _require("brokenpkg", "pandas")
    assert not isinstance(caught.value, PilkadaMissingDependencyError)
    assert caught.value.name == "pilkada_no_such_dependency"


def test_html_does_not_import_pandas():
    code = (
        "import sys, datetime as dt, pilkada; "
        "pilkada.PILKADA_2024.to_html(); "
        "pilkada.plan_staffing(kecamatan=1, desa=1, tps=1).to_html(); "
        "print('pandas' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# -- the presentation hooks --------------------------------------------------------------------


def test_lang_is_a_deprecated_alias_of_locale():
    with pytest.warns(DeprecationWarning, match=r"Schedule.to_html\(lang=...\) is deprecated"):
        old = PILKADA_2024.to_html(lang="en")
    assert old == PILKADA_2024.to_html(locale="en")


def test_lang_and_locale_together_are_refused():
    with pytest.raises(PilkadaTypeError) as info:
        PILKADA_2024.to_html(locale="en", lang="en")
    assert (info.value.field, info.value.value) == ("lang", "en")
    assert "locale= only" in info.value.rule


def test_an_option_a_class_does_not_take_is_refused():
    with pytest.raises(PilkadaTypeError) as info:
        PILKADA_2024.to_html(max_rows=3)
    assert (info.value.field, info.value.value) == ("max_rows", 3)
    assert info.value.rule == "one of ['locale']"


def test_presentation_refuses_what_it_cannot_show():
    for generic in (presentation.html, presentation.frame, presentation.picture):
        with pytest.raises(PilkadaTypeError) as info:
            generic(object())
        assert info.value.field == "obj"
