#!/usr/bin/python3
"""Executes TFR Lab notebooks headless on the tfr-java kernel (rapaio-jupyter-kernel) with nbclient.

Run it through tools/run-notebooks (which picks the system /usr/bin/python3, where Debian's
python3-nbclient lives). For each notebook:

* a fresh kernel is started in the notebook's own directory; a start that does not answer
  kernel_info within --startup-timeout seconds is killed and restarted, up to --tries starts in
  all (rapaio-jupyter-kernel 3.0.1 as published loses a race starting its channel threads in about
  1 start in 4 and then never answers; tools/kernel-install's LoopThread fix removes that race,
  this retry stays as the safety net);
* every code cell must finish within --timeout seconds and must not raise;
* a cell whose metadata holds {"tfr": {"expect": ["image/png", ...]}} must also have produced an
  output carrying each of those MIME types (so "this image really displays" is checked too);
* the executed copy is written under target/notebooks/ (also when the run fails), and the
  kernel's own log next to it (NAME.kernel.log);
* the kernel is always shut down; it also dies with this process (PR_SET_PDEATHSIG) if this
  process is killed.

Prints one line per notebook ("ok   NAME  12.3 s" or "FAIL NAME: cell N: error") and closes with
"notebooks: N passed, N failed". Exit status: 0 all passed, 1 some failed, 2 setup problem,
130 interrupted.
"""
from __future__ import annotations

import argparse
import asyncio
import atexit
import ctypes
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def eprint(*a: object) -> None:
    print(*a, file=sys.stderr, flush=True)


try:
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
except ImportError as e:  # pragma: no cover - depends on the machine
    eprint(f"run-notebooks: {e}; install the headless Jupyter packages: tools/install-notebook-deps")
    sys.exit(2)


# nbclient installs asyncio signal handlers while it executes a notebook; on SIGINT/SIGTERM they
# only shut the kernel down and let the run go on with the next notebook. Refuse them (nbclient
# ignores a RuntimeError there) so that a signal stops this whole run; our own handlers below and
# the finally blocks then shut the kernel down.
def _refuse_signal_handler(self, sig, callback, *args):  # noqa: ANN001
    raise RuntimeError("signal handlers are managed by run_notebooks.py")


if hasattr(asyncio, "unix_events"):
    asyncio.unix_events._UnixSelectorEventLoop.add_signal_handler = _refuse_signal_handler  # type: ignore[attr-defined]


class Interrupted(BaseException):
    pass


def _on_signal(signum, frame):  # noqa: ANN001
    raise Interrupted(signal.Signals(signum).name)


def _die_with_parent() -> None:
    """preexec_fn of the kernel process: SIGKILL it when this process goes away (Linux only)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class StartFailed(Exception):
    pass


def one_line(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def error_line(output: dict) -> str:
    """A short description of an 'error' output (rapaio puts the Java exception in its traceback)."""
    lines = [ANSI.sub("", l).strip() for l in output.get("traceback", [])]
    lines = [l for s in lines for l in s.splitlines()]
    useful = [l.strip() for l in lines
              if l.strip() and not l.strip().startswith(("|", "at ", "^")) and set(l.strip()) != {"^"}]
    ename, evalue = output.get("ename", ""), ANSI.sub("", output.get("evalue", ""))
    if useful:
        text = useful[0]
        if text.rstrip(":").lower() == "compile error" and len(useful) > 1:
            text = "compile error: " + " ".join(useful[1:3])
        return one_line(text)
    return one_line(f"{ename}: {evalue}" if evalue else ename or "error")


def cell_error(nb, index: int | None) -> str | None:
    cells = [index] if index is not None else range(len(nb.cells))
    for i in cells:
        for out in nb.cells[i].get("outputs", []):
            if out.get("output_type") == "error":
                return f"cell {i + 1}: {error_line(out)}"
    return None


def check_expectations(nb) -> str | None:
    for i, cell in enumerate(nb.cells):
        want = cell.get("metadata", {}).get("tfr", {}).get("expect", [])
        if cell.cell_type != "code" or not want:
            continue
        have = set()
        for out in cell.get("outputs", []):
            have.update(out.get("data", {}).keys())
        missing = [m for m in want if m not in have]
        if missing:
            got = ", ".join(sorted(have)) or "no display output"
            return f"cell {i + 1}: expected output of type {', '.join(missing)}, got {got}"
    return None


def kill_kernel(client: NotebookClient, hard: bool = False) -> None:
    """Shuts the client's kernel down, whatever state it is in; hard: SIGKILL at once (used when
    this run is interrupted, when the event loop cannot be trusted any more)."""
    atexit.unregister(client._cleanup_kernel)  # nbclient's own, left registered by an interrupted run
    km = client.km
    if km is None:
        return
    try:
        if client.kc is not None:
            client.kc.stop_channels()
    except Exception:
        pass
    pid = getattr(getattr(km, "provisioner", None), "pid", None)
    if not hard:
        try:
            if km.has_kernel:
                km.shutdown_kernel(now=True)
            km.cleanup_resources()
            pid = None
        except Exception:
            pass
    if pid:
        try:
            os.killpg(pid, signal.SIGKILL)  # its own session (jupyter_client starts it so): pgid == pid
        except OSError:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            km.cleanup_connection_file()
        except Exception:
            pass
    client.kc = None
    client.km = None


def start_kernel(client: NotebookClient, workdir: Path, log, tries: int, name: str) -> int:
    """Starts the client's kernel, retrying silent starts. Returns the number of retries."""
    for attempt in range(1, tries + 1):
        client.km = client.create_kernel_manager()
        try:
            client.start_new_kernel(cwd=str(workdir), stdout=log, stderr=subprocess.STDOUT,
                                    preexec_fn=_die_with_parent)
            client.start_new_kernel_client()  # waits for kernel_info (startup_timeout); cleans up on failure
            return attempt - 1
        except RuntimeError as e:  # "Kernel didn't respond in 30 seconds", "Kernel died before replying"
            kill_kernel(client)
            log.write(f"\n[run_notebooks] kernel start {attempt} of {tries} failed: {e}\n")
            log.flush()
            if attempt < tries:
                eprint(f"run-notebooks: {name}: kernel start {attempt} failed ({e}); killed it, restarting"
                       f" (try {attempt + 1} of {tries})")
            else:
                raise StartFailed(f"kernel did not start in {tries} tries: {e}") from e
    raise AssertionError("unreachable")


def check_classpath(spec) -> str | None:
    """The kernel's files must exist (its jar, RJK_CLASSPATH's ';'-separated entries); warns when
    lib/target/deps changed since the kernelspec was written."""
    argv_paths = [q for a in spec.argv if a.startswith("/") for q in a.split(":")]
    gone = [q for q in argv_paths if not Path(q).exists()]
    if gone:
        return (f"the {spec.display_name} kernel's files are gone ({gone[0]}, e.g. after mvn clean);"
                f" rerun tools/kernel-install")
    entries = [e for e in spec.env.get("RJK_CLASSPATH", "").split(";") if e]
    missing = [e for e in entries if not any(ch in e for ch in "*?[") and not Path(e).exists()]
    if missing:
        return (f"the {spec.display_name} kernel's classpath names missing files ({missing[0]}"
                f"{' and %d more' % (len(missing) - 1) if len(missing) > 1 else ''}); build the library"
                f" (mvn -q -B -DskipTests package) and rerun tools/kernel-install")
    deps = ROOT / "lib" / "target" / "deps"
    if entries and deps.is_dir():
        new = sorted(str(j) for j in deps.glob("*.jar") if str(j) not in entries)
        if new and str(deps) in " ".join(entries):
            eprint(f"run-notebooks: warning: {len(new)} jar(s) in lib/target/deps are not on the kernel's"
                   f" classpath (e.g. {Path(new[0]).name}); rerun tools/kernel-install")
    return None


def output_path(nb_path: Path, out_dir: Path) -> Path:
    try:
        rel = nb_path.relative_to(ROOT / "notebooks")
    except ValueError:
        rel = Path(nb_path.name)
    return out_dir / rel


def run_notebook(nb_path: Path, args) -> tuple[bool, str, int]:
    """Returns (passed, summary line, kernel-start retries)."""
    name = nb_path.name
    t0 = time.monotonic()
    try:
        nb = nbformat.read(str(nb_path), as_version=4)
    except Exception as e:
        return False, f"FAIL {name}: cannot read: {one_line(str(e))}", 0
    workdir = nb_path.parent
    out = output_path(nb_path, args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    current = {"index": None}

    def on_cell_start(cell, cell_index, **_):  # noqa: ANN001
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        kernel_name=args.kernel,
        timeout=args.timeout,
        startup_timeout=args.startup_timeout,
        allow_errors=False,
        record_timing=True,
        shutdown_kernel="graceful",
        resources={"metadata": {"path": str(workdir)}},
        on_cell_start=on_cell_start,
    )
    retries = 0
    failure = None
    with open(out.with_suffix(".kernel.log"), "w", encoding="utf-8") as log:
        try:
            retries = start_kernel(client, workdir, log, args.tries, name)
            client.execute()  # uses the started kernel; shuts it down when done (it owns it)
        except Interrupted:
            kill_kernel(client, hard=True)
            raise
        except StartFailed as e:
            failure = str(e)
        except CellTimeoutError:
            failure = f"cell {(current['index'] or 0) + 1}: timed out after {args.timeout} s"
        except DeadKernelError as e:
            failure = f"cell {(current['index'] or 0) + 1}: kernel died ({one_line(str(e), 120)})"
        except CellExecutionError as e:
            failure = cell_error(nb, current["index"]) or one_line(str(e).strip().splitlines()[-1])
        except Exception as e:  # nbclient/jupyter_client trouble: report it as this notebook's failure
            failure = f"{type(e).__name__}: {one_line(str(e))}"
        finally:
            kill_kernel(client)
    if failure is None:
        failure = check_expectations(nb)
    try:
        nbformat.write(nb, str(out))
    except Exception as e:
        failure = failure or f"cannot write {out}: {one_line(str(e))}"
    elapsed = time.monotonic() - t0
    note = f"  (kernel start retried {retries}x)" if retries else ""
    if failure is None:
        return True, f"ok   {name}  {elapsed:.1f} s{note}", retries
    return False, f"FAIL {name}: {failure}{note}", retries


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="run-notebooks", description=__doc__.split("\n\n")[0])
    ap.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: notebooks/*.ipynb)")
    ap.add_argument("--kernel", default=os.environ.get("TFR_NOTEBOOK_KERNEL", "tfr-java"))
    ap.add_argument("--timeout", type=int, default=int(os.environ.get("TFR_NOTEBOOK_TIMEOUT", 120)),
                    help="seconds a cell may run (default 120)")
    # a healthy start answers in 3-10 s; on a loaded 2-core machine (CI next to other jobs) 30 s was seen to
    # run out twice in one run, and a third miss would fail the notebook without any fault in it
    ap.add_argument("--startup-timeout", type=int, default=int(os.environ.get("TFR_NOTEBOOK_STARTUP_TIMEOUT", 60)),
                    help="seconds a new kernel has to answer kernel_info (default 60)")
    ap.add_argument("--tries", type=int, default=3, help="kernel starts per notebook (default 3)")
    ap.add_argument("--out", type=Path, default=ROOT / "target" / "notebooks",
                    help="where executed copies go (default target/notebooks)")
    args = ap.parse_args(argv)
    args.out = args.out.resolve()

    paths = [p.resolve() for p in args.notebooks] or sorted(
        p.resolve() for p in (ROOT / "notebooks").glob("*.ipynb"))
    if not paths:
        eprint("run-notebooks: no notebooks to run")
        return 2
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        eprint("run-notebooks: no such notebook: " + ", ".join(missing))
        return 2
    try:
        spec = KernelSpecManager().get_kernel_spec(args.kernel)
    except NoSuchKernel:
        eprint(f"run-notebooks: no Jupyter kernel named '{args.kernel}'; install it: tools/kernel-install")
        return 2
    problem = check_classpath(spec)
    if problem:
        eprint(f"run-notebooks: {problem}")
        return 2

    passed = failed = 0
    try:
        for p in paths:
            ok, line, _ = run_notebook(p, args)
            print(line, flush=True)
            if ok:
                passed += 1
            else:
                failed += 1
    except Interrupted as e:
        print(f"run-notebooks: interrupted ({e})", file=sys.stderr, flush=True)
        print(f"notebooks: {passed} passed, {failed + 1} failed", flush=True)
        return 130
    print(f"notebooks: {passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGHUP, _on_signal)
    sys.exit(main(sys.argv[1:]))
