"""The conventions every subcommand shares: help, --json, --lang, exit status, errors."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest

import pilkada
from pilkada import cli
from pilkada.cli import app, main, tanggal
from tests.cli.test_dana import BREACH_CSV, DANA_CSV

# One real case per command (with --tanggal wherever "today" would matter).
CASES = {
    "jadwal": ["jadwal", "--tanggal", "2024-11-25"],
    "hibah": [
        *("hibah", "34905207000", "--ditandatangani", "2023-11-10"),
        *("--daerah", "Kabupaten Blora"),
    ],
    "adhoc": ["adhoc", "--kecamatan", "16", "--desa", "295", "--tps", "1200"],
    "ambang": ["ambang", "--tingkat", "provinsi", "--dpt", "8214007"],
    "sengketa": [
        *("sengketa", "--tingkat", "kabupaten", "--penduduk", "410000"),
        *("--suara-sah", "120000", "--selisih", "1800", "--diumumkan", "2024-12-06"),
    ],
    "laporan": ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-26"],
    "rekap": ["rekap", "HASIL", "--tingkat", "kecamatan"],
    "rupiah": ["rupiah", "34905207000", "--split", "40", "60"],  # read alike in id and en
    "tanggal": ["tanggal", "2024-09-25", "2024-11-23"],
    "dana": ["dana", "DANA", "--tanggal", "2024-11-30"],
}


def case(name, hasil):
    dana = hasil.parent / "dana.csv"
    dana.write_text(DANA_CSV, encoding="utf-8")
    paths = {"HASIL": str(hasil), "DANA": str(dana)}
    return [paths.get(arg, arg) for arg in CASES[name]]


@pytest.mark.parametrize("name", list(CASES))
def test_help_shows_a_description_examples_and_exit_statuses(run, name):
    code, out, err = run(name, "--help")
    assert code == 0
    assert err == ""
    assert f"usage: python -m pilkada {name}" in out
    assert "contoh / examples:\n  python -m pilkada " + name in out
    assert "status keluar / exit status:\n  0  berhasil / success" in out
    assert "  2  masukan salah / bad input" in out
    assert ("  1  " in out) == (name in {"jadwal", "hibah", "dana", "sengketa", "laporan", "rekap"})
    for option in ("--json", "--lang {id,en}"):
        assert option in out
    assert "JSON: docs/cli.md" in out


def test_every_example_in_the_help_parses():
    parser, commands = app.build_parser()
    assert set(commands) == set(CASES)
    for command in app.COMMANDS:
        name = command.ABOUT.name
        for example in command.ABOUT.examples:
            argv = shlex.split(example.partition(">")[0])
            assert argv[:3] == ["python", "-m", "pilkada"]
            assert parser.parse_args(argv[3:]).command == name


@pytest.mark.parametrize("name", list(CASES))
def test_json_is_one_object_with_command_and_lang_first(run_json, hasil, name):
    code, data = run_json(*case(name, hasil))
    assert code == 0
    assert list(data)[:2] == ["command", "lang"]
    assert (data["command"], data["lang"]) == (name, "id")
    _, english = run_json(*case(name, hasil), "--lang", "en")
    assert english["lang"] == "en"
    assert set(english) == set(data)  # the shape does not depend on the language


@pytest.mark.parametrize("name", list(CASES))
def test_english_changes_the_text(run, hasil, name):
    _, indonesian, _ = run(*case(name, hasil))
    _, english, _ = run(*case(name, hasil), "--lang", "en")
    assert indonesian != english
    assert english.strip()


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["jadwal", "--tanggal", "2024-11-25"], 0),
        (["jadwal", "--file", "PSU", "--tanggal", "2025-08-01"], 1),
        (["hibah", "1000000", "--ditandatangani", "2023-11-10"], 0),
        (["hibah", "1000000", "--ditandatangani", "2024-07-01"], 1),
        (["adhoc", "--kecamatan", "1", "--desa", "1", "--tps", "1"], 0),
        (["ambang", "--tingkat", "kota", "--dpt", "100000"], 0),
        (["sengketa", "--tingkat", "kota", "--penduduk", "1", "--suara-sah", "100"], None),
        (["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-27"], 0),
        (["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-28"], 1),
        (["rekap", "HASIL"], 0),
        (["rekap", "ANOMALI"], 1),
        (["rupiah", "Rp1"], 0),
        (["tanggal", "2024-11-27"], 0),
        (["dana", "DANA", "--tanggal", "2024-11-30"], 0),
        (["dana", "LANGGAR", "--tanggal", "2024-11-30"], 1),
    ],
)
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_exit_status_0_or_1(run, hasil, anomalous, psu, argv, status, json_flag):
    (hasil.parent / "dana.csv").write_text(DANA_CSV, encoding="utf-8")
    (hasil.parent / "langgar.csv").write_text(BREACH_CSV, encoding="utf-8")
    paths = {"HASIL": str(hasil), "ANOMALI": str(anomalous), "PSU": str(psu)}
    paths |= {"DANA": str(hasil.parent / "dana.csv"), "LANGGAR": str(hasil.parent / "langgar.csv")}
    argv = [paths.get(a, a) for a in argv]
    if status is None:  # sengketa: within the bar (2 of 100 votes) is 0, over it is 1
        assert run(*argv, "--selisih", "2", *json_flag)[0] == 0
        assert run(*argv, "--selisih", "3", *json_flag)[0] == 1
        return
    code, out, err = run(*argv, *json_flag)
    assert (code, err) == (status, "")
    if json_flag:
        json.loads(out)


BAD = [
    # argparse's own errors
    (["jadwal", "--tanggal", "27-11-2024"], "argumen --tanggal: bukan tanggal ISO"),
    (["jadwal", "--bulan", "11"], "argumen tidak dikenal: --bulan"),
    (["hibah", "1000"], "argumen wajib: --ditandatangani"),
    (["adhoc", "--kecamatan", "-1", "--desa", "5", "--tps", "9"], "bukan bilangan bulat >= 0"),
    (["ambang", "--tingkat", "desa", "--dpt", "5"], "pilihan tidak dikenal: 'desa'"),
    (["sengketa", "--tingkat", "kota"], "argumen wajib: --penduduk, --suara-sah, --selisih"),
    (["laporan", "--diketahui", "2024-11-20"], "argumen wajib: --dilaporkan"),
    (["rekap"], "argumen wajib: file"),
    (["rupiah", "Rp100", "--split", "-1"], "bobot harus bilangan"),
    (["tanggal"], "argumen wajib: start"),
    (["nope"], "argumen COMMAND: pilihan tidak dikenal: 'nope'"),
    ([], "argumen wajib: COMMAND"),
    # the library's errors (English) and the command line's own (Indonesian by default)
    (["jadwal", "--file", "/nonexistent/jadwal.toml"], "No such file or directory"),
    (["hibah", "1,5", "--ditandatangani", "2023-11-10"], "'1,5'"),
    (["hibah", "1000", "--ditandatangani", "2023-11-10", "--daerah", "Blora"], "tingkat 'Blora'"),
    (["hibah", "0", "--ditandatangani", "2023-11-10"], "positive"),
    (["adhoc", "--kecamatan", "1", "--desa", "5", "--tps", "2"], "at least one TPS per desa"),
    (["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-19"], "before the"),
    (["rekap", "/nonexistent/hasil.csv"], "No such file or directory"),
    (["rekap", "HASIL", "--tingkat", "dusun"], "dusun"),
    (["rupiah", "Rp 1,500,000"], "'Rp 1,500,000'"),
    (["rupiah", "Rp100", "--split", "0", "0"], "all weights are zero"),
    (["tanggal", "2024-11-23", "2024-09-25"], "before it starts"),
    (["dana"], "argumen wajib: FILE"),
    (["dana", "/nonexistent/dana.csv"], "No such file or directory"),
    (["dana", "HASIL"], "missing columns"),
]


@pytest.mark.parametrize(("argv", "message"), BAD)
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_bad_input_exits_2_with_one_line_on_stderr(run, hasil, argv, message, json_flag):
    argv = [str(hasil) if a == "HASIL" else a for a in argv]
    if json_flag and argv and argv[0] in CASES:
        argv = [*argv, *json_flag]
    code, out, err = run(*argv)
    assert code == 2
    assert out == ""  # no JSON on stdout, even with --json
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert err.startswith(f"python -m pilkada{' ' + argv[0] if argv and argv[0] in CASES else ''}")
    assert ": error: " in err
    assert message in err


def test_usage_errors_follow_lang_and_hint_at_help(run):
    code, _, err = run("jadwal", "--tanggal", "nope", "--lang", "en")
    assert code == 2
    assert err == (
        "python -m pilkada jadwal: error: argument --tanggal: not an ISO date (YYYY-MM-DD): "
        "'nope' (see --help)\n"
    )
    code, _, err = run("jadwal", "--lang=en", "--tanggal", "nope")
    assert err.endswith("(see --help)\n")
    code, _, err = run("jadwal", "--tanggal", "nope")
    assert err == (
        "python -m pilkada jadwal: error: argumen --tanggal: bukan tanggal ISO (YYYY-MM-DD): "
        "'nope' (lihat --help)\n"
    )
    argv = ["hibah", "1", "--ditandatangani", "2023-11-10", "--lang", "en", "--daerah", "Blora"]
    code, _, err = run(*argv)
    assert err == (
        "python -m pilkada hibah: error: --daerah: cannot tell the level of 'Blora'; start with "
        "Provinsi, Kabupaten or Kota, e.g. 'Kabupaten Blora'\n"
    )


def test_the_real_stderr_and_exit_status():
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "jadwal", "--tanggal", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "python -m pilkada jadwal: error: argumen --tanggal: bukan tanggal ISO (YYYY-MM-DD): "
        "'nope' (lihat --help)"
    ]


def test_python_dash_m_help_and_version():
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "--help"], capture_output=True, text=True, check=True
    )
    for name in CASES:
        assert f"python -m pilkada {name}" in result.stdout  # each with an example
    assert "JSON: docs/cli.md" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout == f"pilkada {pilkada.__version__}\n"


def test_main_returns_the_status_and_never_raises_system_exit(capsys):
    assert main(["--version"]) == 0
    assert main(["tanggal", "--help"]) == 0
    assert main(["tanggal", "kemarin"]) == 2
    capsys.readouterr()


def test_an_interrupt_exits_130_with_one_line(run, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(tanggal, "run", interrupted)
    code, out, err = run("tanggal", "2024-11-27")
    assert (code, out, err) == (130, "", "python -m pilkada tanggal: dihentikan\n")


def test_an_unexpected_error_is_one_line_and_exit_2(capsys, monkeypatch):
    def broken(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(tanggal, "run", broken)
    assert cli.main(["tanggal", "2024-11-27"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "galat tak terduga" in captured.err
    assert "RuntimeError: boom" in captured.err


def test_json_values_read_back_with_from_dict(capsys):
    from pilkada import RegionCode, Rupiah, from_dict  # noqa: PLC0415

    cli.main(["hibah", "34905207000", "--ditandatangani", "2023-11-10", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert from_dict(Rupiah, data["amount"]) == Rupiah(34_905_207_000)
    assert cli.main(["rupiah", "100", "--split", "1E2", "--json"]) == 0
    parts = json.loads(capsys.readouterr().out)["parts"]
    assert parts[0]["weight"] == "100"
    assert from_dict(RegionCode, "331601") == RegionCode("331601")


# An error names the option as typed, never the library's field; framed in the CLI's language.
OPTION_ERRORS = [
    # argv, the option blamed, the library's field that must not show
    (
        ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-19"],
        "--dilaporkan",
        "filed_on",
    ),
    (
        ["laporan", "--diketahui", "9999-12-28", "--dilaporkan", "9999-12-30"],
        "--diketahui",
        "start",
    ),
    (["hibah", "1000", "--ditandatangani", "1990-11-10"], "--ditandatangani", "day"),
    (["hibah", "1,5", "--ditandatangani", "2023-11-10"], "amount", "text"),
    (["adhoc", "--kecamatan", "1", "--desa", "5", "--tps", "2"], "--tps", "tps"),
    (
        ["adhoc", "--kecamatan", "1", "--desa", "1", "--tps", "1", "--pemilih-per-tps", "9000"],
        "--pemilih-per-tps",
        "voters_per_tps[0]",
    ),
    (["ambang", "--tingkat", "kota", "--dpt", "0"], "--dpt", "dpt"),
    (["ambang", "--tingkat", "kota", "--dpt", "9", "--tanggal", "1990-01-01"], "--tanggal", "on"),
    (
        ["sengketa", "--tingkat", "kota", "--penduduk", "0", "--suara-sah", "9", "--selisih", "1"],
        "--penduduk",
        "population",
    ),
    (
        ["sengketa", "--tingkat", "kota", "--penduduk", "9", "--suara-sah", "9", "--selisih", "20"],
        "--selisih",
        "gap",
    ),
    (
        [
            *("sengketa", "--tingkat", "kota", "--penduduk", "9", "--suara-sah", "9"),
            *("--selisih", "1", "--diumumkan", "1990-12-31"),
        ],
        "--diumumkan",
        "day",
    ),
    (["rekap", "HASIL", "--tingkat", "dusun"], "--tingkat", "level"),
    (["rekap", "/nonexistent/hasil.csv"], "file", None),
    (["rupiah", "Rp100", "--split", "0", "0"], "--split", "weights"),
    (["tanggal", "2024-11-23", "2024-09-25"], "end", None),
    (["jadwal", "--file", "/nonexistent/jadwal.toml"], "--file", None),
]


@pytest.mark.parametrize(("argv", "option", "field"), OPTION_ERRORS)
@pytest.mark.parametrize(("lang", "word"), [("id", "argumen"), ("en", "argument")])
def test_errors_name_the_option_in_the_language_of_the_output(
    run, hasil, argv, option, field, lang, word
):
    argv = [str(hasil) if a == "HASIL" else a for a in argv]
    code, out, err = run(*argv, "--lang", lang)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert f": error: {word} {option}: " in err
    if field is not None:
        assert f" {field}: " not in err
    assert "galat tak terduga" not in err
    assert "unexpected error" not in err


def test_a_bad_file_names_the_option_and_where_in_the_file(run, tmp_path):
    path = tmp_path / "jadwal.toml"
    path.write_text('name = "x"\nvoting_day = 2025-08-27\n[stages.KAMPANYEE]\n', encoding="utf-8")
    _, _, err = run("jadwal", "--file", str(path))
    assert f"error: argumen --file: {path}: stages.KAMPANYEE: " in err
    _, _, err = run("jadwal", "--file", str(tmp_path / "jadwal.txt"), "--lang", "en")
    assert "error: argument --file: " in err
    assert "path:" not in err


def test_a_library_refusal_no_option_is_known_for_is_bad_input_not_a_bug(run, monkeypatch):
    def refused(args):
        raise pilkada.PilkadaValueError("x", 1, "1 is wrong", "a better x")

    monkeypatch.setattr(tanggal, "run", refused)
    code, out, err = run("tanggal", "2024-11-27")
    assert (code, out) == (2, "")
    assert err == "python -m pilkada tanggal: error: x: 1 is wrong; a better x\n"
