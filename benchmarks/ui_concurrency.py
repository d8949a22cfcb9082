"""Web UI under concurrent load: N distinct questions at once through the app's API.

Builds a store from corpus/ with `policykb ingest` (or uses --db), starts the real
`policykb serve` on a free 127.0.0.1 port, then releases N ``/ask`` calls together
(a barrier) and times each one, submit to answer, through Gradio's queue and the
app's knowledge-base readers. Every answer must contain the figure its question
asks about; a call that raises or times out is an error.

Three kinds of client, all Gradio's public API of the app:
  session        one session per simulated user, opened before the timing, each
                 call joining Gradio's queue and reading the session's event stream,
                 as the web page does (a team with the page open);
  http           Gradio's REST API (``POST /gradio_api/call/ask``, then the event's
                 result stream): every call is a new session, as a script's are;
  gradio_client  one ``gradio_client.Client`` per simulated user (a session each,
                 but the heaviest client: its threads share the server's cores).
The clients run on the same cores as the server. To show what they cost, the same
burst is first sent to an echo app with the same ``/ask`` inputs and outputs and
the same queue settings (``--echo-server``): its latency is the floor the client
and Gradio set, with no knowledge base behind it.

Run:  .venv/bin/python benchmarks/ui_concurrency.py [--n 50] [--bursts 2] \
          [--clients http,gradio_client] [--encoder onnx-int8] \
          [--out benchmarks/results/ui_concurrency_50.md]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # gradio_client asks the hub first otherwise
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
ROOT = Path(__file__).resolve().parents[1]
CLIENTS = ("session", "http", "gradio_client")

#: (question, figure the answer must contain): 50 distinct questions in our own words
#: about the bundled article, so no cache of answers or question vectors can make the
#: figure. Written from the article's figures before any answer was looked at.
QUESTIONS = (
    ("How much of electrolytic aluminium's energy must be renewable by 2030?", "30%"),
    ("What renewable energy share is set for electrolytic aluminum production?", "30%"),
    ("By 2030, what proportion of the power used to smelt aluminium should be renewable?", "30%"),
    ("Renewable energy in electrolytic aluminium: what is the 2030 goal?", "30%"),
    ("Which percentage of green energy should aluminium electrolysis reach?", "30%"),
    (
        "What share of manufacturing output value should green factories account for by 2030?",
        "40%",
    ),
    ("How large a part of manufacturing output should come from green factories?", "40%"),
    ("What is the 2030 target for the output value of green factories?", "40%"),
    ("Green factories' share of total manufacturing output value by 2030?", "40%"),
    ("By 2030 green factories should produce what fraction of industrial output value?", "40%"),
    ("What is the recycling volume target for major renewable resources by 2030?", "510 million"),
    ("How many tons of major renewable resources should be recycled by 2030?", "510 million"),
    (
        "What recycling volume of renewable resources do the Guiding Opinions aim for?",
        "510 million",
    ),
    ("Target tonnage for recycling major renewable resources?", "510 million"),
    (
        "By 2030, how much renewable material is to be recovered and recycled each year?",
        "510 million",
    ),
    (
        "What comprehensive utilization rate of bulk industrial solid waste is targeted for 2030?",
        "62%",
    ),
    ("How much bulk industrial solid waste should be used comprehensively by 2030?", "62%"),
    ("What is the goal for reusing large volumes of industrial solid waste?", "62%"),
    ("Utilization rate target for bulk solid waste from industry?", "62%"),
    ("By 2030 what rate of comprehensive use of industrial solid waste is expected?", "62%"),
    ("What proportion of short-process steelmaking is targeted by 2030?", "20%"),
    ("How much steel should be made by the short process by 2030?", "20%"),
    ("What share of steel output should short-process steelmaking reach?", "20%"),
    ("Short-process steel making: what proportion is the target?", "20%"),
    ("By 2030, what fraction of steelmaking should use short processes?", "20%"),
    ("What share of industrial added value did high-tech manufacturing have in 2023?", "15.7%"),
    ("In 2023 how much of the added value came from high-tech manufacturing?", "15.7%"),
    ("High-tech manufacturing's part of added value above designated size in 2023?", "15.7%"),
    ("What share of added value did equipment manufacturing account for in 2023?", "33.6%"),
    ("How large was equipment manufacturing's share of industrial added value in 2023?", "33.6%"),
    ("Equipment manufacturing as a percentage of added value in 2023?", "33.6%"),
    ("How many new energy vehicles were produced and sold?", "9.5 million"),
    ("What were the production and sales of new energy vehicles in 2023?", "9.5 million"),
    ("New energy vehicle output and sales exceeded what number?", "9.5 million"),
    ("What share of the world's power batteries is produced in the country?", "60%"),
    ("How much of global power battery production does the country account for?", "60%"),
    ("Power battery output as a share of world production?", "60%"),
    ("What is the water reuse rate of large steel enterprises?", "97%"),
    ("Reuse rate in the steel industry for enterprises above designated size?", "97%"),
    ("What reuse rate have petrochemical enterprises above designated size reached?", "95%"),
    ("How high is the reuse rate in the petrochemical industry?", "95%"),
    ("How many steel companies completed ultra-low emission transformation?", "89"),
    ("Number of steel firms that finished full-process ultra-low emission upgrades?", "89"),
    ("What crude steel capacity has completed ultra-low emission transformation?", "426 million"),
    (
        "How many tons of crude steel capacity went through the ultra-low emission retrofit?",
        "426 million",
    ),
    ("How much electricity does the Beijing-Tianjin-Hebei computing centre save?", "4 million"),
    (
        "Electricity saved by the intelligent computing center compared with big data centers?",
        "4 million",
    ),
    (
        "How much carbon dioxide will the rooftop photovoltaic project at the steel plant avoid?",
        "480,000",
    ),
    (
        "Over 25 years, how much green power will the 20-megawatt solar project provide?",
        "510 million",
    ),
    ("By how much was the filter press's energy consumption reduced?", "40%"),
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _load() -> str:
    """The 1-minute load average: other jobs on this shared machine skew the latencies."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def echo_server(port: int) -> None:
    """An app with ``/ask``'s inputs and outputs that answers at once (the client floor)."""
    import gradio as gr

    def echo(question: str, history: list, *_filters: object) -> tuple:
        reply = [{"role": "user", "content": question}, {"role": "assistant", "content": question}]
        return [*(history or []), *reply], "<p>sources</p>", ""

    with gr.Blocks(analytics_enabled=False) as app:
        box = gr.Textbox()
        chat = gr.Chatbot()
        filters = [gr.Textbox(), gr.Textbox(), gr.Textbox(), gr.Textbox()]
        sources = gr.HTML()
        box.submit(echo, [box, chat, *filters], [chat, sources, box], api_name="ask")
    app.queue(default_concurrency_limit=None).launch(
        server_name="127.0.0.1", server_port=port, quiet=True
    )


def _start(command: list[str], log: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"server did not start in 300 s:\n{log.read_text()}")


def _reply_text(history: list) -> str:
    reply = history[-1]["content"]
    if isinstance(reply, str):
        return reply
    return " ".join(part.get("text", "") for part in reply if isinstance(part, dict))


class HttpCaller:
    """One question through Gradio's REST API, a fresh connection per call."""

    def __init__(self, url: str) -> None:
        hostport = url.split("//", 1)[1].strip("/")
        self.host, port = hostport.rsplit(":", 1)
        self.port = int(port)

    def __call__(self, question: str) -> list:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=300)
        try:
            body = json.dumps({"data": [question, [], "", None, None, "any"]})
            conn.request("POST", "/gradio_api/call/ask", body, {"Content-Type": "application/json"})
            event_id = json.loads(conn.getresponse().read())["event_id"]
            conn.request("GET", f"/gradio_api/call/ask/{event_id}")
            stream = conn.getresponse().read().decode("utf-8")
        finally:
            conn.close()
        event = ""
        for line in stream.splitlines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event == "complete":
                return json.loads(line[5:])
            elif line.startswith("data:") and event == "error":
                raise RuntimeError(f"the app answered with an error: {line[5:].strip()[:200]}")
        raise RuntimeError(f"no answer in the event stream: {stream[:200]}")


class SessionCaller:
    """One simulated user with a session, as the web page talks to the app: each call
    joins Gradio's queue (``POST /gradio_api/queue/join``) under the user's session and
    reads the session's event stream (``GET /gradio_api/queue/data``) until the answer.
    The session is opened by a first call before any timing (``open_session``), as a
    user's page would have done by the time they ask."""

    def __init__(self, url: str) -> None:
        import uuid

        self.http = HttpCaller(url)
        with urllib.request.urlopen(f"{url}config", timeout=60) as response:
            config = json.loads(response.read())
        self.fn_index = next(
            d.get("id", i)
            for i, d in enumerate(config["dependencies"])
            if d.get("api_name") == "ask"
        )
        self.session = uuid.uuid4().hex

    def open_session(self) -> None:
        self("Which documents are in the store?")

    def __call__(self, question: str) -> list:
        conn = http.client.HTTPConnection(self.http.host, self.http.port, timeout=300)
        try:
            body = {
                "data": [question, [], "", None, None, "any"],
                "fn_index": self.fn_index,
                "session_hash": self.session,
                "event_data": None,
                "trigger_id": None,
            }
            conn.request(
                "POST",
                "/gradio_api/queue/join",
                json.dumps(body),
                {"Content-Type": "application/json"},
            )
            event_id = json.loads(conn.getresponse().read())["event_id"]
            conn.request("GET", f"/gradio_api/queue/data?session_hash={self.session}")
            stream = conn.getresponse()
            while line := stream.readline():
                if not line.startswith(b"data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") != event_id:
                    continue
                if message.get("msg") == "process_completed":
                    output = message.get("output") or {}
                    if not message.get("success", True) or "data" not in output:
                        raise RuntimeError(f"the app answered with an error: {str(output)[:200]}")
                    return output["data"]
        finally:
            conn.close()
        raise RuntimeError("the event stream ended before the answer")


class GradioCaller:
    """One question through ``gradio_client`` (one ``Client`` per simulated user)."""

    def __init__(self, url: str) -> None:
        from gradio_client import Client

        self.client = Client(url, verbose=False)

    def __call__(self, question: str) -> list:
        return list(self.client.predict(question, [], "", None, None, "any", api_name="/ask"))


def _burst(callers: list, jobs: list[tuple[str, str]], check: bool) -> dict:
    n = len(jobs)
    barrier = threading.Barrier(n)

    def one(i: int) -> tuple[float, str]:
        question, expected = jobs[i]
        barrier.wait()
        t0 = time.perf_counter()
        try:
            history = callers[i](question)[0]
        except Exception as e:  # an error is counted, never hidden
            return time.perf_counter() - t0, f"error: {question} -> {type(e).__name__}: {e}"
        elapsed = time.perf_counter() - t0
        text = _reply_text(history)
        if check and expected not in text:
            return elapsed, f"wrong: {question} -> {text[:160]}"
        return elapsed, ""

    load = _load()
    wall0 = time.perf_counter()
    with ThreadPoolExecutor(n) as pool:
        results = list(pool.map(one, range(n)))
    wall = time.perf_counter() - wall0
    latencies = [r[0] for r in results]
    return {
        "wall": wall,
        "load": load,
        "latencies": latencies,
        "errors": [r[1] for r in results if r[1].startswith("error")],
        "wrong": [r[1] for r in results if r[1].startswith("wrong")],
        "p50": statistics.median(latencies),
        "p95": _percentile(latencies, 0.95),
        "min": min(latencies),
        "max": max(latencies),
    }


def _measure(url: str, kind: str, n: int, bursts: int, check: bool) -> dict:
    """``bursts`` bursts of ``n`` distinct questions, after each alone (median of 10)."""
    make = {"session": SessionCaller, "http": HttpCaller, "gradio_client": GradioCaller}[kind]
    callers = [make(url) for _ in range(n)]
    for caller in callers:
        if hasattr(caller, "open_session"):
            caller.open_session()
    jobs = [QUESTIONS[i % len(QUESTIONS)] for i in range(n)]
    alone = []
    for question, _ in QUESTIONS[:10]:
        t0 = time.perf_counter()
        callers[0](question)
        alone.append(time.perf_counter() - t0)
    runs = [_burst(callers, jobs, check) for _ in range(bursts)]
    every = [x for r in runs for x in r["latencies"]]
    return {
        "alone": statistics.median(alone),
        "alone_load": _load(),
        "bursts": runs,
        "p50": statistics.median(every),
        "p95": _percentile(every, 0.95),
        "errors": [e for r in runs for e in r["errors"]],
        "wrong": [w for r in runs for w in r["wrong"]],
        "total": len(every),
    }


def run(
    n: int,
    bursts: int,
    db: Path | None,
    tmp: Path,
    *,
    readers: int = 2,
    clients: tuple[str, ...] = CLIENTS,
    encoder: str = "",
) -> dict:
    enc = ["--encoder", encoder] if encoder else []
    if db is None:
        db = tmp / "kb"
        subprocess.run(
            [sys.executable, "-m", "ui.cli", "ingest", str(ROOT / "corpus"), "--db", str(db), *enc],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    out: dict = {"n": n, "readers": readers, "encoder": encoder or "the store's", "load": [_load()]}
    # The echo app first: the floor the clients and Gradio set on this machine now.
    echo, echo_url = _start([sys.executable, __file__, "--echo-server"], tmp / "echo.log")
    try:
        out["echo"] = {kind: _measure(echo_url, kind, n, bursts, check=False) for kind in clients}
    finally:
        echo.terminate()
        echo.wait(timeout=30)
    started = time.monotonic()
    serve = [sys.executable, "-m", "ui.cli", "serve", "--db", str(db), "--readers", str(readers)]
    proc, url = _start([*serve, *enc], tmp / "serve.log")
    out["startup"] = time.monotonic() - started
    try:
        out["app"] = {kind: _measure(url, kind, n, bursts, check=True) for kind in clients}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    out["load"].append(_load())
    return out


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def report(r: dict, command: str) -> str:
    n = r["n"]
    lines = [
        "# Web UI: concurrent questions through the app's API",
        "",
        f"{n} distinct questions (`QUESTIONS` in the script) sent at the same moment "
        "(released by a barrier) to `policykb serve` on a store built from `corpus/`, "
        f"{len(next(iter(r['app'].values()))['bursts'])} bursts, `serve --readers "
        f"{r['readers']}`, encoder: {r['encoder']}. Latency is per call, submit to answer. "
        "Every answer must contain the figure its question asks about. The echo row is "
        "the same burst sent to an app that answers at once (same inputs, outputs and "
        "queue): the cost of the clients and Gradio on this machine, with no knowledge "
        "base behind it.",
        "",
        "| client | target | errors | correct | p50 | p95 | one call alone (median of 10) |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in r["app"]:
        for target in ("echo", "app"):
            m = r[target][kind]
            correct = (
                "-"
                if target == "echo"
                else f"{m['total'] - len(m['wrong']) - len(m['errors'])} / {m['total']}"
            )
            lines.append(
                f"| {kind} | {target} | {len(m['errors'])} | {correct} | {_ms(m['p50'])} | "
                f"**{_ms(m['p95'])}** | {_ms(m['alone'])} |"
            )
    lines += [
        "",
        f"Server start (process start → page served, model loaded, warm-up answered): "
        f"{r['startup']:.1f} s.",
        "",
        "| client | target | burst | load (1 min) | p50 | p95 | min / max | wall time |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind in r["app"]:
        for target in ("echo", "app"):
            for i, b in enumerate(r[target][kind]["bursts"], start=1):
                lines.append(
                    f"| {kind} | {target} | {i} | {b['load']} | {_ms(b['p50'])} | {_ms(b['p95'])} | "
                    f"{_ms(b['min'])} / {_ms(b['max'])} | {b['wall']:.2f} s "
                    f"({n / b['wall']:.1f} answers/s) |"
                )
    lines += [
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, shared with other "
        f"jobs (1-minute load average {r['load'][0]} at the start, {r['load'][1]} at the end); "
        f"the {n} client threads run on the same cores as the server. Command: `{command}`.",
    ]
    problems = [
        p
        for target in ("echo", "app")
        for m in r[target].values()
        for p in m["errors"] + m["wrong"]
    ]
    if problems:
        lines += ["", "Errors and wrong answers:", ""] + [f"- {p}" for p in problems]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="concurrent questions")
    parser.add_argument("--bursts", type=int, default=2, help="how many times to repeat the burst")
    parser.add_argument("--db", type=Path, default=None, help="existing store (default: build one)")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown report here")
    parser.add_argument("--readers", type=int, default=2, help="serve --readers")
    parser.add_argument(
        "--encoder", default="", help="serve/ingest --encoder (default: the store's)"
    )
    parser.add_argument(
        "--clients", default=",".join(CLIENTS), help=f"comma-separated, of: {', '.join(CLIENTS)}"
    )
    parser.add_argument("--echo-server", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo_server:
        echo_server(args.port)
        return
    clients = tuple(c for c in args.clients.split(",") if c)
    if unknown := set(clients) - set(CLIENTS):
        parser.error(f"unknown client(s) {', '.join(sorted(unknown))}; choose from {CLIENTS}")
    command = "python benchmarks/ui_concurrency.py " + " ".join(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="policykb-ui-bench-") as tmp:
        result = run(
            args.n,
            args.bursts,
            args.db,
            Path(tmp),
            readers=args.readers,
            clients=clients,
            encoder=args.encoder,
        )
    text = report(result, command)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if any(m["errors"] or m["wrong"] for m in result["app"].values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
