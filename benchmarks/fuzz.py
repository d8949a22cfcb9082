"""Fuzz and fault harness: thousands of generated hostile inputs through extraction.

Every input is generated here from a few short documents written for this harness
(English and Chinese), in .txt, .md, .html, .pdf and .docx: random bytes, truncated and
bit-flipped copies of valid files, archive and stream bombs, deep nesting, hostile
HTML, mixed encodings, NUL bytes, very long lines, odd file names and symbolic links
(loops, dangling, to a folder, to a FIFO, to /dev/zero).

Each input is read and extracted (``ingest.pipeline.ingest_file``, all record types)
in a child forked from a warm parent (spaCy, the parser and the format libraries are
loaded once), under resource limits (address space, CPU time, file size). The parent
records for every input its outcome and its wall time and peak RSS:

- ``ok``: extracted; ``refused``: a one-line ``IngestError`` that names the file;
- ``bad-message``: refused, but the message is not one line starting with the path;
- ``traceback``: any other exception (the traceback is kept);
- ``crash``: the child died (a signal, a non-zero exit, the memory limit);
- ``hang``: still running after ``--hang-seconds``; killed.

The bars are 0 tracebacks, bad messages, crashes and hangs; every input finished or
refused within 10 s; peak memory at most 1 GB per process.

Usage:
    python benchmarks/fuzz.py [--count 10000] [--seed 14] [--jobs 2]
        [--write benchmarks/results/fuzz.md] [--files benchmarks/results/fuzz_files.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FORMATS = ("txt", "md", "html", "pdf", "docx")
STATUSES = ("ok", "refused", "bad-message", "traceback", "crash", "hang")
FAILURES = ("bad-message", "traceback", "crash", "hang")

# -- seed documents (written for this harness) ---------------------------------------------

SEEDS_EN = [
    "Coastal Resilience Programme 2026\n\n"
    "1. Objectives\n\n"
    "By 2030, the region shall restore 1,200 hectares of salt marsh and raise 45 km of "
    "sea walls. Flood losses will fall by 35% compared with 2020.\n\n"
    "2. Funding\n\n"
    "The fund provides EUR 80 million a year; municipalities must report progress every "
    "June. In 2024, 310 households were relocated.\n",
    "Municipal Heat Network Ordinance\n\n"
    "Article 4. Operators shall connect at least 60% of new buildings to the district "
    "heat network by 2028. The share of waste heat in supply will reach 25% by 2032.\n\n"
    "Article 5. A breach is fined up to USD 5,000 per day.\n\n"
    "| Year | Connections | Share |\n| --- | --- | --- |\n| 2027 | 4,000 | 40% |\n"
    "| 2030 | 9,500 | 65% |\n",
]
SEEDS_ZH = [
    "城市绿色交通行动方案\n\n到2028年，新能源公交车占比达到80%以上。"
    "到2030年，城市轨道交通里程达到500公里。\n\n各区应当每年报告进展。\n",
]

# -- format builders --------------------------------------------------------------------


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    lines: list[str],
    *,
    pages: int = 1,
    compress: bool = False,
    extra_stream: bytes | None = None,
    declared_length: int | None = None,
) -> bytes:
    """A small PDF whose pages show ``lines`` (ASCII, Helvetica)."""
    shown = " ".join(f"({_pdf_escape(line)}) Tj T*" for line in lines)
    content = f"BT /F1 11 Tf 13 TL 72 720 Td {shown} ET".encode("latin-1", "replace")
    if extra_stream is not None:
        content = extra_stream
    body = zlib.compress(content) if compress else content
    filt = " /Filter /FlateDecode" if compress else ""
    length = declared_length if declared_length is not None else len(body)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {length}{filt} >>\nstream\n".encode() + body + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_body(text: str) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return "".join(f"<w:p><w:r><w:t>{_xml_text(p)}</w:t></w:r></w:p>" for p in paragraphs)


def make_docx(
    body_xml: str | None = None,
    *,
    text: str = "",
    extra: dict[str, bytes] | None = None,
    document_xml: bytes | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    if document_xml is None:
        inner = body_xml if body_xml is not None else docx_body(text)
        document_xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{inner}'
            "</w:body></w:document>"
        ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def streamed_docx(chunk: bytes, repeat: int) -> bytes:
    """A DOCX whose document.xml is ``chunk`` ``repeat`` times (a bomb when large)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0"?><w:document {_W}><w:body>'.encode())
            block = chunk * 1000
            for _ in range(repeat // 1000):
                out.write(block)
            out.write(chunk * (repeat % 1000))
            out.write(b"</w:body></w:document>")
    return buffer.getvalue()


def make_html(text: str, *, title: str = "Programme", charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{_xml_text(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}"
        "</article><footer>Contact us</footer></body></html>"
    )


def make_md(text: str) -> str:
    lines = text.split("\n")
    return "---\ntitle: Programme\ndate: 2026-01-05\n---\n\n# " + "\n".join(lines)


def valid_file(rng: random.Random, fmt: str) -> bytes:
    text = rng.choice(SEEDS_EN + SEEDS_ZH if fmt in ("txt", "md", "html", "docx") else SEEDS_EN)
    if fmt == "txt":
        return text.encode("utf-8")
    if fmt == "md":
        return make_md(text).encode("utf-8")
    if fmt == "html":
        return make_html(text).encode("utf-8")
    if fmt == "pdf":
        return make_pdf(text.split("\n"), pages=rng.randint(1, 3), compress=rng.random() < 0.5)
    return make_docx(text=text)


# -- generators: each yields (category, suffix, bytes) -----------------------------------


@dataclass
class Case:
    category: str
    name: str
    data: bytes | None = None  # None: a special file made by ``make``
    make: Callable[[Path], None] | None = field(default=None, repr=False)


def gen_random(rng: random.Random, fmt: str) -> bytes:
    size = rng.choice([0, 1, 7, 100, 1000, 10_000, 65_536])
    head = (
        {"pdf": b"%PDF-1.4\n", "docx": b"PK\x03\x04"}.get(fmt, b"") if rng.random() < 0.5 else b""
    )
    return head + rng.randbytes(size)


def gen_truncated(rng: random.Random, fmt: str) -> bytes:
    data = valid_file(rng, fmt)
    return data[: rng.randint(0, max(0, len(data) - 1))]


def gen_bitflip(rng: random.Random, fmt: str) -> bytes:
    data = bytearray(valid_file(rng, fmt))
    for _ in range(rng.randint(1, 24)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def gen_nul(rng: random.Random, fmt: str) -> bytes:
    data = bytearray(valid_file(rng, fmt))
    kind = rng.randrange(3)
    if kind == 0:
        return bytes(rng.randint(1, 5000))  # only NULs
    for _ in range(rng.randint(1, 50)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def gen_encoding(rng: random.Random, fmt: str) -> bytes:
    text = rng.choice(SEEDS_EN + SEEDS_ZH)
    encodings = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5", "shift_jis",
                 "latin-1", "cp1252", "utf-8-sig", "utf-7", "koi8-r"]  # fmt: skip
    parts = []
    for _ in range(rng.randint(1, 3)):
        encoding = rng.choice(encodings)
        parts.append(text.encode(encoding, "replace"))
    data = b"".join(parts)
    if rng.random() < 0.3:
        data += rng.choice([b"\xff\xfe", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88"])
    if fmt == "html":
        charset = rng.choice(["utf-8", "gb2312", "bogus-charset", "utf-7", "x-user-defined", ""])
        data = f'<html><head><meta charset="{charset}"></head><body><p>'.encode() + data
    if fmt == "pdf":
        return make_pdf(
            [text.encode("ascii", "replace").decode()],
            extra_stream=b"BT (" + data[:2000] + b") Tj ET",
        )
    if fmt == "docx":
        return make_docx(
            document_xml=f'<?xml version="1.0" encoding="{rng.choice(encodings)}"?>'.encode() + data
        )
    return data


def gen_longline(rng: random.Random, fmt: str) -> bytes:
    size = rng.choice([10_000, 100_000, 400_000, 1_000_000])
    unit = rng.choice(["9", "1,", "12.5% ", "by 2030 ", "a ", " ", "x" * 50 + " ", "。", "(", "[1]",
                       "-", "<b>", "**", "| 5 ", "The plan will cut it by 5% by 2030, "])  # fmt: skip
    line = (unit * (size // len(unit) + 1))[:size]
    if fmt == "html":
        return f"<html><body><p>{line}</p></body></html>".encode()
    if fmt == "pdf":
        return make_pdf([line[:60_000]], compress=True)
    if fmt == "docx":
        return make_docx(f"<w:p><w:r><w:t>{_xml_text(line)}</w:t></w:r></w:p>")
    return line.encode()


def gen_nesting(rng: random.Random, fmt: str) -> bytes:
    depth = rng.choice([100, 1_000, 10_000, 50_000])
    if fmt == "html":
        tag = rng.choice(["div", "span", "table", "ul", "b", "p"])
        return (f"<html><body>{f'<{tag}>' * depth}By 2030 cut 5%.{f'</{tag}>' * depth}"
                "</body></html>").encode()  # fmt: skip
    if fmt == "md":
        opener = rng.choice(["> ", "- ", "1. ", "  ", "[", "*", "#"])
        return (
            "".join(
                opener * i + f"level {i} by 2030\n" for i in range(0, depth, max(1, depth // 500))
            ).encode()
            + (opener * depth + "x").encode()
        )
    if fmt == "docx":
        inner = "<w:p><w:r><w:t>Cut 5% by 2030.</w:t></w:r></w:p>"
        for _ in range(min(depth, 2000) // 10):
            inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
        return make_docx(inner)
    if fmt == "pdf":
        # an array nested deep inside the content stream
        return make_pdf([], extra_stream=b"[" * depth + b"]" * depth)
    return ("(" * depth + "by 2030 reduce 5%" + ")" * depth).encode()


def gen_hostile_html(rng: random.Random, fmt: str) -> bytes:
    text = rng.choice(SEEDS_EN)
    choices = [
        "<script>" + "var a=1;" * 20_000 + "</script>" + make_html(text),
        make_html(text).replace("<body>", "<body " + "a=1 " * 20_000 + ">"),
        "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
        "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'><!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>]>"
        "<html><body><p>&d;&d;&d;&d;</p></body></html>",
        "<html><body>" + "&amp;&#x10FFFF;&#0;&#xD800;&nbsp;" * 5000 + "</body></html>",
        make_html(text) + "<!--" + "x" * 100_000,
        "<html><body><p>" + "<" * 50_000 + "</p></body></html>",
        "<iframe src='javascript:alert(1)'></iframe><img src=x onerror=alert(1)>" + make_html(text),
        make_html(text).replace("<p>", "<p><style>" + "p{}" * 1000 + "</style>"),
        "<svg><foreignObject><html><body><p>" + text + "</p></body></html></foreignObject></svg>",
        "<?xml version='1.0'?><!DOCTYPE html SYSTEM 'file:///etc/passwd'><html>&xxe;" + text,
        make_html(text, charset="utf-16"),
        "\ufeff" + make_html(text),
        "<html><body>" + "<p>" * 30_000 + text + "</body></html>",
        "<html><head><title>"
        + "T" * 200_000
        + "</title></head><body><p>"
        + text
        + "</p></body></html>",
        "<table>" + "<tr>" + "<td>5%</td>" * 100 + "</tr>" * 300 + "</table>",
    ]
    html = rng.choice(choices)
    if fmt == "md":
        return (text + "\n\n" + html).encode("utf-8", "replace")
    if fmt == "txt":
        return html.encode("utf-8", "replace")
    if fmt == "docx":
        return make_docx(text=html[:50_000])
    if fmt == "pdf":
        return make_pdf([html[:3000]])
    return html.encode("utf-8", "replace")


def gen_bomb(rng: random.Random, fmt: str) -> bytes:
    if fmt == "docx":
        kind = rng.randrange(5)
        if kind == 0:  # paragraphs expanding to 100-400 MB
            para = b"<w:p><w:r><w:t>" + b"The plan cuts 5% by 2030. " * 40 + b"</w:t></w:r></w:p>"
            return streamed_docx(para, rng.choice([100_000, 200_000, 400_000]))
        if kind == 1:  # one run of zeros-like text: extreme ratio
            return streamed_docx(b"a" * 1000, rng.choice([20_000, 60_000]))
        if kind == 2:  # many members
            return make_docx(
                text="x",
                extra={f"customXml/i{i}.xml": b"<a/>" for i in range(rng.choice([12_000, 20_000]))},
            )
        if kind == 3:  # dense markup
            return streamed_docx(
                b"<w:p><w:r><w:t>1</w:t></w:r></w:p>", rng.choice([300_000, 600_000])
            )
        return make_docx(
            text="x", extra={"word/media/big.bin": bytes(rng.choice([50, 150]) * 1024 * 1024)}
        )
    if fmt == "pdf":
        size = rng.choice([10, 50, 200]) * 1024 * 1024
        zero = zlib.compressobj(9)
        stream = zero.compress(b"BT (A) Tj ET " + b" " * size) + zero.flush()
        return make_pdf([], extra_stream=stream).replace(
            b"/Length", b"/Filter /FlateDecode /Length"
        )
    if fmt == "html":
        return (
            b"<html><body><p>"
            + b"policy " * rng.choice([500_000, 2_000_000])
            + b"</p></body></html>"
        )
    if fmt == "md":
        return b"# T\n\n" + b"[a](b) " * rng.choice([200_000, 1_000_000])
    return b"By 2030 cut 5%. " * rng.choice([100_000, 1_000_000])


def gen_structure(rng: random.Random, fmt: str) -> bytes:
    """Well-formed but odd: many pages, missing parts, wrong declared lengths."""
    text = rng.choice(SEEDS_EN)
    if fmt == "pdf":
        kind = rng.randrange(4)
        if kind == 0:
            return make_pdf(text.split("\n"), pages=rng.choice([50, 300]))
        if kind == 1:
            return make_pdf(text.split("\n"), declared_length=rng.choice([0, 10**9, 2**40]))
        if kind == 2:  # a page tree that points at itself
            return make_pdf(text.split("\n")).replace(b"/Kids [4 0 R]", b"/Kids [2 0 R]")
        return make_pdf(text.split("\n")).replace(b"startxref\n", b"startxref\n999999")
    if fmt == "docx":
        kind = rng.randrange(3)
        if kind == 0:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr("[Content_Types].xml", _CT)
            return buffer.getvalue()
        if kind == 1:
            return make_docx(document_xml=b"<not-xml")
        return make_docx("".join(f"<w:p><w:r><w:t>{i}%</w:t></w:r></w:p>" for i in range(20_000)))
    if fmt == "md":
        return ("|a|b|\n|-|-|\n" + "|5%|2030|\n" * 20_000).encode()
    if fmt == "html":
        return make_html(text * 50).encode()
    return ("\n" * 100_000 + text + "\r" * 50_000 + "\t" * 50_000).encode()


GENERATORS: dict[str, Callable[[random.Random, str], bytes]] = {
    "random-bytes": gen_random,
    "truncated": gen_truncated,
    "bit-flipped": gen_bitflip,
    "nul-bytes": gen_nul,
    "mixed-encoding": gen_encoding,
    "long-line": gen_longline,
    "deep-nesting": gen_nesting,
    "hostile-html": gen_hostile_html,
    "structure": gen_structure,
    "bomb": gen_bomb,
}
# Share of the inputs per category (bombs and long lines are slow: fewer of them).
WEIGHTS = {
    "random-bytes": 18, "truncated": 16, "bit-flipped": 22, "nul-bytes": 8, "mixed-encoding": 10,
    "long-line": 2, "deep-nesting": 3, "hostile-html": 8, "structure": 3, "bomb": 1,
}  # fmt: skip

ODD_NAMES = [
    "plan with spaces.txt", "-leading-dash.txt", "naïve-écologie.md", "政策文件.txt",
    "new\nline.txt", "tab\tname.md", "UPPER.PDF", "double.txt.docx", "x" * 240 + ".txt",
    "quote'\"name.html", "semi;colon$(x).txt", "\u202eevil.txt", "..dots..md", "emoji-🌍.txt",
]  # fmt: skip


def special_cases(rng: random.Random) -> Iterator[Case]:
    """Odd names and file-system oddities: links, loops, a FIFO, a folder named .txt."""
    for i, name in enumerate(ODD_NAMES):
        fmt = Path(name).suffix.lower().lstrip(".") or "txt"
        yield Case("odd-name", f"{i:02d}/{name}", valid_file(rng, fmt if fmt in FORMATS else "txt"))

    def loop(folder: Path) -> None:
        (folder / "a.txt").symlink_to("b.txt")
        (folder / "b.txt").symlink_to("a.txt")

    def self_loop(folder: Path) -> None:
        (folder / "self.md").symlink_to("self.md")

    def dangling(folder: Path) -> None:
        (folder / "gone.pdf").symlink_to("nowhere.pdf")

    def to_folder(folder: Path) -> None:
        (folder / "real").mkdir()
        (folder / "dir.docx").symlink_to("real", target_is_directory=True)

    def fifo(folder: Path) -> None:
        os.mkfifo(folder / "pipe.txt")

    def dev_zero(folder: Path) -> None:
        (folder / "zero.txt").symlink_to("/dev/zero")

    def folder_named_txt(folder: Path) -> None:
        (folder / "folder.txt").mkdir()

    def unreadable(folder: Path) -> None:
        path = folder / "secret.txt"
        path.write_text("By 2030 cut 5%.")
        path.chmod(0)

    makers = {"symlink-loop": loop, "symlink-self": self_loop, "symlink-dangling": dangling,
              "symlink-folder": to_folder, "fifo": fifo, "dev-zero": dev_zero,
              "folder-named-txt": folder_named_txt, "unreadable": unreadable}  # fmt: skip
    for label, make in makers.items():
        yield Case("file-system", label, make=make)


def generate(count: int, seed: int, shard: tuple[int, int] = (0, 1)) -> Iterator[Case]:
    """``count`` inputs (special file-system cases first), deterministic for ``seed``.

    A file-system case may make more than one file (a link loop makes two), so a run
    reports a few more outcomes than ``count``.

    ``shard=(k, n)`` keeps the inputs whose number is ``k`` modulo ``n``: the shards of
    one seed together are exactly the unsharded run.
    """
    rng = random.Random(seed)
    specials = list(special_cases(rng))
    if shard[0] == 0:
        yield from specials
    names = list(WEIGHTS)
    weights = [WEIGHTS[n] for n in names]
    for i in range(count - len(specials)):
        category = rng.choices(names, weights)[0]
        fmt = FORMATS[i % len(FORMATS)]
        case_seed = rng.getrandbits(64)
        if i % shard[1] != shard[0]:
            continue
        data = GENERATORS[category](random.Random(case_seed), fmt)
        yield Case(category, f"{i:05d}.{fmt}", data)


# -- running ----------------------------------------------------------------------------


@dataclass
class Outcome:
    case: str
    category: str
    status: str
    seconds: float
    rss_mb: float
    detail: str = ""


def _warm() -> tuple[object, object]:
    """Import and load everything once in the parent, so children start warm."""
    from ingest.limits import Limits
    from ingest.pipeline import build_nlp, ingest_file, load_parser

    nlp = build_nlp()
    load_parser()
    # An HTML page whose date only dateparser can read makes htmldate try every locale
    # once per process (about 10 s of regex compilation on an idle core): a batch pays
    # it once, so the warm parent pays it here rather than every forked child.
    import dateparser

    dateparser.parse("qqq zzz 2020 vvv")
    with tempfile.TemporaryDirectory() as tmp:
        rng = random.Random(0)
        for fmt in FORMATS:
            path = Path(tmp, f"warm.{fmt}")
            path.write_bytes(valid_file(rng, fmt))
            ingest_file(path, nlp=nlp, limits=Limits())
    return nlp, ingest_file


def _release_freed_memory() -> None:
    """Collect garbage and hand freed heap pages back, so children start small."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:  # not glibc: nothing to trim
        pass


def _child(path: Path, out: Path, nlp: object, limits: object, memory: int) -> None:
    """Run in the forked child: extract ``path`` and write the outcome to ``out``."""
    from ingest.errors import IngestError
    from ingest.pipeline import ingest_file

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024 * 1024,) * 2)
    result: dict[str, str] = {}
    try:
        extraction = ingest_file(path, nlp=nlp, limits=limits)  # type: ignore[arg-type]
        result = {"status": "ok", "detail": f"{len(extraction.clauses)} clauses, "
                  f"{len(extraction.records)} records"}  # fmt: skip
    except IngestError as e:
        message = str(e)
        good = message.startswith(str(path)) and "\n" not in message.replace(str(path), "", 1)
        result = {"status": "refused" if good else "bad-message", "detail": message[:300]}
    except BaseException:  # noqa: BLE001 - the harness records every escape
        result = {"status": "traceback", "detail": traceback.format_exc()[-3000:]}
    out.write_text(json.dumps(result))


def run(
    cases: list[tuple[Case, Path]],
    *,
    jobs: int = 2,
    hang_seconds: float = 10.0,
    memory_limit: int = 3 * 1024**3,
    max_seconds: float = 5.0,
    progress: bool = False,
    log: Path | None = None,
) -> list[Outcome]:
    """Extract every case's path in forked children, ``jobs`` at a time."""
    from ingest.limits import Limits

    nlp, _ = _warm()
    _release_freed_memory()
    limits = Limits(max_seconds=max_seconds)
    results_dir = Path(tempfile.mkdtemp(prefix="fuzz-results-"))
    running: dict[int, tuple[int, Case, Path, float]] = {}
    outcomes: list[Outcome | None] = [None] * len(cases)
    pending = list(enumerate(cases))
    pending.reverse()
    done = 0
    try:
        while pending or running:
            while pending and len(running) < jobs:
                index, (case, path) = pending.pop()
                out = results_dir / f"{index}.json"
                started = time.monotonic()
                pid = os.fork()
                if pid == 0:  # the child
                    try:
                        _child(path, out, nlp, limits, memory_limit)
                    finally:
                        os._exit(0)
                running[pid] = (index, case, out, started)
            pid, status, usage = os.wait4(-1, os.WNOHANG)
            now = time.monotonic()
            if pid == 0:
                for child, (index, case, _out, started) in list(running.items()):
                    if now - started > hang_seconds:
                        os.kill(child, signal.SIGKILL)
                        _, _, usage = os.wait4(child, 0)
                        del running[child]
                        outcomes[index] = Outcome(case.name, case.category, "hang",
                                                  now - started, usage.ru_maxrss / 1024)  # fmt: skip
                        done += 1
                        if log is not None:
                            with log.open("a", encoding="utf-8") as out_log:
                                out_log.write(json.dumps(outcomes[index].__dict__) + "\n")
                time.sleep(0.005)
                continue
            index, case, out, started = running.pop(pid)
            seconds = now - started
            rss = usage.ru_maxrss / 1024
            if os.WIFSIGNALED(status) or os.WEXITSTATUS(status) != 0 or not out.exists():
                detail = (f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
                          else f"exit {os.WEXITSTATUS(status)}")  # fmt: skip
                outcomes[index] = Outcome(case.name, case.category, "crash", seconds, rss, detail)
            else:
                found = json.loads(out.read_text())
                outcomes[index] = Outcome(
                    case.name, case.category, found["status"], seconds, rss, found["detail"]
                )
                out.unlink()
            done += 1
            if log is not None:
                with log.open("a", encoding="utf-8") as out_log:
                    out_log.write(json.dumps(outcomes[index].__dict__) + "\n")
            if progress and done % 500 == 0:
                print(f"{done:,} / {len(cases):,}", file=sys.stderr, flush=True)
    finally:
        for child in running:
            os.kill(child, signal.SIGKILL)
        shutil.rmtree(results_dir, ignore_errors=True)
    return [o for o in outcomes if o is not None]


def materialise(
    count: int, seed: int, folder: Path, shard: tuple[int, int] = (0, 1)
) -> list[tuple[Case, Path]]:
    """Write the generated inputs under ``folder``; returns each case with its path."""
    written = []
    for case in generate(count, seed, shard):
        if case.make is not None:
            sub = folder / "fs" / case.name
            sub.mkdir(parents=True)
            case.make(sub)
            for entry in sorted(sub.iterdir()):
                written.append((Case(case.category, f"{case.name}/{entry.name}"), entry))
            continue
        path = folder / case.category / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(case.data or b"")
        # Keep only the name: holding every input's bytes would leave the parent at about
        # 1 GB, and each forked child's RSS starts from the parent's.
        written.append((Case(case.category, case.name), path))
    return written


def summarise(outcomes: list[Outcome], *, command: str, elapsed: float | None, load: str) -> str:
    by_category: dict[str, Counter] = defaultdict(Counter)
    worst: dict[str, tuple[float, float]] = defaultdict(lambda: (0.0, 0.0))
    for o in outcomes:
        by_category[o.category][o.status] += 1
        t, m = worst[o.category]
        worst[o.category] = (max(t, o.seconds), max(m, o.rss_mb))
    total = Counter(o.status for o in outcomes)
    max_t = max(o.seconds for o in outcomes)
    max_m = max(o.rss_mb for o in outcomes)
    over_10 = sum(1 for o in outcomes if o.seconds > 10)
    lines = [
        "# Fuzz and fault harness",
        "",
        f"Command: `{command}`",
        "",
        f"{len(outcomes):,} generated inputs, extracted one per forked child (all record "
        "types)"
        + (f", {elapsed / 60:.1f} min wall" if elapsed is not None else "")
        + f". Load average at the start: {load} (2 shared cores).",
        "",
        "| bar | measured | met |",
        "|---|---|---|",
        f"| 0 tracebacks | {total['traceback']} | {'yes' if not total['traceback'] else 'no'} |",
        f"| 0 crashes | {total['crash']} | {'yes' if not total['crash'] else 'no'} |",
        f"| 0 hangs | {total['hang']} | {'yes' if not total['hang'] else 'no'} |",
        f"| 0 errors that are not one line naming the file | {total['bad-message']} "
        f"| {'yes' if not total['bad-message'] else 'no'} |",
        f"| every input done within 10 s | slowest {max_t:.1f} s, {over_10} over 10 s "
        f"| {'yes' if not over_10 else 'no'} |",
        f"| peak memory ≤ 1 GB per process | highest {max_m:.0f} MB "
        f"| {'yes' if max_m <= 1024 else 'no'} |",
        "",
        "| category | inputs | " + " | ".join(STATUSES) + " | slowest (s) | peak RSS (MB) |",
        "|---|---:|" + "---:|" * len(STATUSES) + "---:|---:|",
    ]
    for category in sorted(by_category):
        counts = by_category[category]
        t, m = worst[category]
        cells = " | ".join(str(counts[s]) for s in STATUSES)
        lines.append(f"| {category} | {sum(counts.values()):,} | {cells} | {t:.2f} | {m:.0f} |")
    cells = " | ".join(str(total[s]) for s in STATUSES)
    lines.append(f"| **all** | {len(outcomes):,} | {cells} | {max_t:.2f} | {max_m:.0f} |")
    failures = [o for o in outcomes if o.status in FAILURES]
    lines += ["", "## Failures", ""]
    if not failures:
        lines.append("None.")
    for o in failures[:50]:
        lines.append(f"- `{o.case!r}` ({o.category}): {o.status}, {o.seconds:.1f} s")
        lines.append("  ```\n  " + o.detail.strip().replace("\n", "\n  ")[-1500:] + "\n  ```")
    slow = sorted(outcomes, key=lambda o: -o.seconds)[:10]
    lines += ["", "## Slowest inputs", "", "| input | category | status | s | RSS MB |",
              "|---|---|---|---:|---:|"]  # fmt: skip
    for o in slow:
        lines.append(f"| `{o.case[:60]!r}` | {o.category} | {o.status} | {o.seconds:.2f} "
                     f"| {o.rss_mb:.0f} |")  # fmt: skip
    refusals = Counter(
        o.detail.split(": ", 1)[-1].split(" (")[0].split(".")[0][:70]
        for o in outcomes
        if o.status == "refused"
    )
    lines += ["", "## Most common refusals", "", "| reason | inputs |", "|---|---:|"]
    for reason, n in refusals.most_common(15):
        lines.append(f"| {reason.replace('|', '/')} | {n:,} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--hang-seconds", type=float, default=10.0)
    parser.add_argument("--max-seconds", type=float, default=5.0,
                        help="the per-file time budget given to extraction (--max-seconds)")  # fmt: skip
    parser.add_argument("--write", type=Path, help="Markdown summary")
    parser.add_argument("--files", type=Path, help="per-input results, gzipped TSV")
    parser.add_argument("--shard", default="0/1", help="K/N: run the inputs numbered K mod N")
    parser.add_argument("--log", type=Path, help="append each outcome here as JSON lines")
    parser.add_argument("--reverse", action="store_true",
                        help="run the shard's inputs last first (a second process on the same"
                        " shard meets the first in the middle; --summarise keeps one outcome"
                        " per input)")  # fmt: skip
    parser.add_argument("--load-note", default="?", help="with --summarise: the load seen")
    parser.add_argument("--summarise", type=Path, nargs="+", metavar="LOG",
                        help="only write the summary of these --log files (shards)")  # fmt: skip
    args = parser.parse_args()
    if args.summarise:
        outcomes = [Outcome(**json.loads(line)) for log in args.summarise
                    for line in log.read_text(encoding="utf-8").splitlines() if line]  # fmt: skip
        kept = {(o.category, o.case): o for o in reversed(outcomes)}  # the first log wins
        outcomes = list(kept.values())
        _write(outcomes, args, elapsed=None, load=args.load_note)
        return
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    started = time.monotonic()
    k, n = (int(x) for x in args.shard.split("/"))
    with tempfile.TemporaryDirectory(prefix="policykb-fuzz-") as tmp:
        cases = materialise(args.count, args.seed, Path(tmp), (k, n))
        if args.reverse:
            cases.reverse()
        outcomes = run(cases, jobs=args.jobs, hang_seconds=args.hang_seconds,
                       max_seconds=args.max_seconds, progress=True, log=args.log)  # fmt: skip
        for _, path in cases:  # let the folder be removed (the unreadable file)
            if path.exists() and not path.is_symlink():
                path.chmod(0o644) if path.is_file() else None
    _write(outcomes, args, elapsed=time.monotonic() - started, load=load)


def _write(outcomes: list[Outcome], args: argparse.Namespace, *, elapsed: float | None,
           load: str) -> None:  # fmt: skip
    command = "python benchmarks/fuzz.py " + " ".join(sys.argv[1:])
    report = summarise(outcomes, command=command, elapsed=elapsed, load=load)
    if args.write:
        args.write.write_text(report)
    if args.files:
        with gzip.open(args.files, "wt", encoding="utf-8") as out:
            out.write("input\tcategory\tstatus\tseconds\tpeak_rss_mb\n")
            for o in outcomes:
                out.write(f"{o.case!r}\t{o.category}\t{o.status}\t{o.seconds:.3f}\t"
                          f"{o.rss_mb:.0f}\n")  # fmt: skip
    print(report)
    bad = sum(1 for o in outcomes if o.status in FAILURES)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
