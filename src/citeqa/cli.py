"""The command line: `citeqa ingest | reindex | ask | chat | serve | eval | bench | doctor`."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from citeqa.config import Settings, get_settings
from citeqa.errors import CiteqaError, EmptyStore

app = typer.Typer(
    help="Answers questions about your documents, citing the exact sentences.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)  # messages stay on one line for scripts


def _open_engine(settings: Settings):
    from citeqa.engine import Engine

    return Engine.open(settings)


def _fail(exc: CiteqaError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(exc.message)}")
    return typer.Exit(exc.exit_code)


def _ingest(engine, paths: list[Path]) -> int:
    from rich.progress import Progress

    from citeqa.documents import discover_files

    files = list(discover_files(paths))
    missing = [p for p in paths if not p.exists()]
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        report = engine.ingest_paths(files, on_progress=lambda _: progress.advance(task))
    for record in report.added:
        err.print(f"added     {escape(record.source)} ({record.passages} passages)")
    for record in report.replaced:
        err.print(f"replaced  {escape(record.source)} ({record.passages} passages)")
    for record in report.unchanged:
        err.print(f"unchanged {escape(record.source)}")
    for path in missing:
        err.print(f"[red]failed[/red]    {escape(path.as_posix())}: no such file or folder")
    for _source, reason in report.failed:
        err.print(f"[red]failed[/red]    {escape(reason)}")
    return 3 if report.failed or missing else 0


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: seeds/).")] = None,
) -> None:
    """Ingest .txt, .md, .html and .pdf files; unchanged files are skipped, changed ones replaced."""
    settings = get_settings()
    try:
        engine = _open_engine(settings)
        code = _ingest(engine, paths or [settings.seeds_dir])
    except CiteqaError as exc:
        raise _fail(exc) from exc
    raise typer.Exit(code)


@app.command()
def reindex() -> None:
    """Split and embed every document anew (after an upgrade, say); questions keep being answered
    from the old index until the new one is complete."""
    from rich.progress import Progress

    settings = get_settings()
    try:
        engine = _open_engine(settings)
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("re-indexing", total=len(engine.store.documents()))
            count = engine.reindex(on_progress=lambda _: progress.advance(task))
    except CiteqaError as exc:
        raise _fail(exc) from exc
    err.print(f"re-indexed {count} passages")


def _ensure_corpus(engine, settings: Settings) -> None:
    if engine.retriever.passages:
        return
    if not settings.seeds_dir.is_dir():
        raise EmptyStore("nothing has been ingested yet: run `citeqa ingest PATH` first")
    err.print(f"The store is empty: ingesting {settings.seeds_dir}/ first.")
    _ingest(engine, [settings.seeds_dir])


def _print_answer(answer) -> None:
    style = "bold" if answer.answerable else "yellow"
    out.print(f"[{style}]{escape(answer.answer)}[/{style}]")
    for citation in answer.citations:
        out.print(
            f"  [cyan][{citation.id}][/cyan] {escape(citation.source)} "
            f"[dim]chars {citation.start}-{citation.end}[/dim]\n      “{escape(citation.text)}”"
        )


@app.command()
def ask(
    questions: Annotated[list[str], typer.Argument(help="One or more questions.")],
    as_json: Annotated[bool, typer.Option("--json", help="One answer object per line (JSON Lines).")] = False,
    top_k: Annotated[int | None, typer.Option("--top-k", min=1, max=50, help="Passages to return.")] = None,
) -> None:
    """Answer questions from the ingested documents."""
    settings = get_settings()
    code = 0
    try:
        engine = _open_engine(settings)
        _ensure_corpus(engine, settings)
        for question in questions:
            try:
                answer = engine.ask(question, top_k=top_k)
            except CiteqaError as exc:
                if not as_json:
                    raise
                # Keep one line per question so callers can zip answers with questions.
                print(
                    json.dumps(
                        {"question": question, "error": {"type": exc.error_type, "message": exc.message}}
                    )
                )
                code = exc.exit_code
                continue
            if as_json:
                print(answer.to_json_line(), flush=True)
            else:
                if len(questions) > 1:
                    out.print(f"\n[bold magenta]Q:[/bold magenta] {escape(question)}")
                _print_answer(answer)
    except CiteqaError as exc:
        raise _fail(exc) from exc
    raise typer.Exit(code)


@app.command()
def chat() -> None:
    """A conversation in the terminal; follow-up questions use the earlier turns."""
    from citeqa.schemas import Turn

    settings = get_settings()
    try:
        engine = _open_engine(settings)
        _ensure_corpus(engine, settings)
    except CiteqaError as exc:
        raise _fail(exc) from exc
    history: list[Turn] = []
    out.print("[dim]Ask about the documents. Empty line or Ctrl-D to quit, /reset to start over.[/dim]")
    while True:
        try:
            question = out.input("[bold green]you>[/bold green] ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        if question == "/reset":
            history.clear()
            continue
        try:
            answer = engine.ask(question, history=history)
        except CiteqaError as exc:
            err.print(f"[red]error:[/red] {escape(exc.message)}")
            continue
        _print_answer(answer)
        history += [Turn(role="user", content=question), Turn(role="assistant", content=answer.answer)]


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Overrides CITEQA_HOST.")] = None,
    port: Annotated[int | None, typer.Option(help="Overrides CITEQA_PORT.")] = None,
) -> None:
    """Serve the HTTP API (ingesting seeds/ first when the store is empty)."""
    import uvicorn

    from citeqa.api import create_app

    settings = get_settings()
    if host:
        settings = settings.model_copy(update={"host": host})
    if port:
        settings = settings.model_copy(update={"port": port})
    # citeqa's own logs (one JSON line per request, LLM fallbacks) go to stderr beside uvicorn's.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    citeqa_logger = logging.getLogger("citeqa")
    citeqa_logger.addHandler(handler)
    citeqa_logger.setLevel(logging.INFO)
    citeqa_logger.propagate = False
    uvicorn.run(
        create_app(settings), host=settings.host, port=settings.port, log_level="info", access_log=False
    )


@app.command()
def doctor() -> None:
    """Check the set-up: the embedding model, the store, and the configured LLM (if any)."""
    settings = get_settings()
    healthy = True
    try:
        engine = _open_engine(settings)
        out.print(f"[green]ok[/green]   embedding model and store: {len(engine.retriever.passages)} passages")
    except CiteqaError as exc:
        out.print(f"[red]fail[/red] store: {escape(exc.message)}")
        healthy = False
    if not settings.llm_base_url:
        out.print("[green]ok[/green]   answers are extractive (no CITEQA_LLM_BASE_URL set)")
    else:
        from citeqa.answer.generative import check_llm

        try:
            listed, answered = check_llm(settings)
            out.print(
                f"[green]ok[/green]   LLM at {escape(settings.llm_base_url)} "
                f"answered as model {escape(answered)}"
            )
            if listed:
                out.print(f"     models listed: {escape(', '.join(listed))}")
            if settings.llm_model and listed and settings.llm_model not in listed:
                out.print(
                    f"[yellow]warn[/yellow] CITEQA_LLM_MODEL={escape(settings.llm_model)} is not listed"
                )
        except Exception as exc:
            out.print(
                f"[red]fail[/red] LLM at {escape(settings.llm_base_url)} is unreachable or failing "
                f"({type(exc).__name__}); answers fall back to extractive"
            )
            healthy = False
    raise typer.Exit(0 if healthy else 7)


@app.command(name="eval")
def evaluate_command(
    questions: Annotated[Path, typer.Option(help="A JSON Lines question set.")] = Path("eval/dev.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    show_misses: Annotated[bool, typer.Option("--misses", help="List the questions got wrong.")] = False,
) -> None:
    """Measure answer quality on a question set with gold sentences."""
    from citeqa.evaluation import evaluate, load_questions

    settings = get_settings()
    try:
        engine = _open_engine(settings)
        _ensure_corpus(engine, settings)
        report = evaluate(engine, load_questions(questions))
    except CiteqaError as exc:
        raise _fail(exc) from exc
    metrics = report.metrics()
    if as_json:
        print(json.dumps(metrics, indent=2))
    else:
        table = Table(title=f"citeqa eval: {questions}")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for name, value in metrics.items():
            table.add_row(
                name, f"{value:.0f}" if name == "questions" or name.startswith("mean") else f"{value:.3f}"
            )
        out.print(table)
    if show_misses:
        for outcome in report.outcomes:
            if not outcome.correct:
                verdict = "answered" if outcome.answer.answerable else "refused"
                out.print(
                    f"[red]miss[/red] {outcome.question.id} ({verdict}) {escape(outcome.question.question)}"
                )


@app.command()
def bench(
    out_path: Annotated[
        Path, typer.Option("--out", help="The JSON report; the Markdown goes beside it.")
    ] = Path("reports/bench.json"),
    runs: Annotated[
        int, typer.Option(min=1, help="Cold-start runs of each process; medians are reported.")
    ] = 3,
    passes: Annotated[
        int, typer.Option(min=1, help="Timed passes over the questions (citeqa and quickstart).")
    ] = 3,
    seconds: Annotated[float, typer.Option(min=0.5, help="Seconds of HTTP load per client level.")] = 8.0,
    clients: Annotated[
        list[int] | None,
        typer.Option("--clients", min=1, help="An HTTP client level; repeat for several (default 1, 4, 16)."),
    ] = None,
    questions: Annotated[Path, typer.Option(help="A JSON Lines question set.")] = Path("eval/dev.jsonl"),
    skip_cold: Annotated[bool, typer.Option("--skip-cold", help="Skip the cold starts.")] = False,
    skip_quickstart: Annotated[
        bool, typer.Option("--skip-quickstart", help="Skip the llama-index quickstart baseline.")
    ] = False,
    skip_http: Annotated[bool, typer.Option("--skip-http", help="Skip the HTTP load.")] = False,
) -> None:
    """Measure cold start, ingest, ask latency, HTTP load and memory against baselines and targets.

    Exits 0 whether or not the targets are met (it is a measurement); 1 if a part failed to run.
    """
    from citeqa.bench.report import write_report
    from citeqa.bench.runner import BenchOptions, run_benchmark

    options = BenchOptions(
        seeds=get_settings().seeds_dir,
        questions=questions,
        runs=runs,
        passes=passes,
        seconds=seconds,
        levels=tuple(clients or (1, 4, 16)),
        cold=not skip_cold,
        quickstart=not skip_quickstart,
        http=not skip_http,
    )
    report = run_benchmark(options, lambda message: err.print(message, markup=False, highlight=False))
    sys.stdout.write(write_report(report, out_path))
    err.print(f"report: {escape(str(out_path))} and {escape(str(out_path.with_suffix('.md')))}")
    raise typer.Exit(1 if report["errors"] else 0)
