"""Annotator's helper for the time-expression gold in tests/gold/times/ (not the time layer).

    python tools/annotate_times.py rank  [--lang uk] [--topic brexit]   # documents by candidate count
    python tools/annotate_times.py show  SOURCE                          # text with ⟦candidates⟧ and offsets
    python tools/annotate_times.py build WORKFILE OUT.jsonl              # compact notes -> gold JSON Lines
        (the notes: tests/gold/times/notes/{uk,ru}.txt -> tests/gold/times/{uk,ru}.jsonl)
    python tools/annotate_times.py check tests/gold/times/*.jsonl        # spans slice, values parse

SOURCE is a path relative to the shared folder (../shared), e.g.
data/bsnlp2021/brexit/raw/uk/brexit_ua.txt_file_1.txt.

The candidate finder only points the annotator at words worth reading; every span and value in the
gold is decided by reading the document (see tests/gold/times/GUIDE.md).

WORKFILE format (one document after each `@` line; annotations in text order):

    @ data/bsnlp2021/brexit/raw/uk/brexit_ua.txt_file_1.txt
    9 жовтня | 2018-10-09
    днем раніше | 2018-10-08 | a=previous
    25-26 липня | 2019-07-25 | end=2019-07-26
    торік | null | g=year | note=no article date

Each snippet is searched from the end of the previous one (whole words only); `snippet#2` skips to
the second occurrence from there. Granularity follows from the value unless `g=` says otherwise;
anchor defaults to `absolute` when the snippet holds a four-digit year (or a full numeric date),
else `document`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

GRANULARITIES = ("day", "week", "month", "season", "year", "decade", "century")
VALUE_PATTERNS = [
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"), "day"),
    (re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$"), "week"),
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"), "month"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
]


def read_text(source: str) -> tuple[str, str | None]:
    """The document text as podiya reads it, and its article date (None when absent)."""
    path = SHARED / source
    raw = path.read_bytes().decode("utf-8")
    raw = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "/bsnlp2021/" in source:
        lines = raw.split("\n")
        title, body = lines[4], "\n".join(lines[5:])
        # Dates may be empty, ISO datetimes or (once) a Unix time: only a leading YYYY-MM-DD counts.
        date_match = re.match(r"\d{4}-\d{2}-\d{2}", lines[2].strip())
        date = date_match.group(0) if date_match else None
        text = title.strip() + "\n\n" + body.strip() if title.strip() else body.strip()
        return text, date
    header = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", raw)
    if header:
        return raw[header.end():].strip(), header.group(1)
    return raw.strip(), None


def value_granularity(value: str) -> str:
    for pattern, granularity in VALUE_PATTERNS:
        if pattern.match(value):
            return granularity
    raise ValueError(f"value {value!r} is not a TIMEX3-like date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-SU, 199, 19)")


# --- candidate finder: a reading aid, deliberately over-eager -----------------------------------
MONTHS = (r"січ\w*|лют\w*|берез\w*|квіт\w*|травн\w*|трав\w*|черв\w*|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*|"
          r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]\b|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*")
WEEKDAYS = (r"понеділ\w*|вівтор\w*|серед[уиі]\b|четвер\w*|п'ятниц\w*|п’ятниц\w*|субот\w*|неділ[юія]\b|"
            r"понедельник\w*|вторник\w*|сред[ау]\b|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*")
RELATIVE = (r"вчора|учора|позавчора|сьогодні|завтра|післязавтра|торік|вчера|сегодня|позавчера|послезавтра|"
            r"напередодні|накануне|днями|на днях|нещодавно|недавно|тому|назад|через|минул\w*|прошл\w*|наступн\w*|"
            r"следующ\w*|цього|цьогоріч\w*|нинішн\w*|этого|текущ\w*|поточн\w*|нынешн\w*|тиждень|тижня|тижні|недел\w*|"
            r"місяц\w*|месяц\w*|рок[иуі]|році|роках|год[ау]?|году|лет|рік|століт\w*|ст\.|век[аеу]?|десятиліт\w*|"
            r"десятилет\w*|весн\w*|літ[оау]|лет[оау]|осен\w*|осін\w*|зим[аиуі]|зиме|квартал\w*|р\.|г\.|"
            r"початку|кінці|наприкінці|середині|начале|конце|середине|раніше|позже|пізніше|ранее|вечор\w*|ранку|утр\w*")
CANDIDATE = re.compile(
    rf"\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b(1[6-9]|20)\d\d\b|\b\d0-[хx]\w*|\b[XVI]{{1,5}}\b|"
    rf"(?<!\w)({MONTHS}|{WEEKDAYS}|{RELATIVE})(?!\w)",
    re.IGNORECASE,
)


def candidates(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in CANDIDATE.finditer(text)]


def show(source: str) -> None:
    text, date = read_text(source)
    print(f"# {source}  date={date}  chars={len(text)}")
    spans = candidates(text)
    marked, cursor = [], 0
    for start, end in spans:
        marked.append(text[cursor:start] + "⟦" + text[start:end] + "⟧")
        cursor = end
    marked.append(text[cursor:])
    offset = 0
    for line in "".join(marked).split("\n"):
        print(f"{offset:6d}| {line}")
        offset += len(line.replace("⟦", "").replace("⟧", "")) + 1


def rank(lang: str | None, topic: str | None) -> None:
    rows = []
    for folder in sorted((SHARED / "data/bsnlp2021").glob("*/raw/*")):
        if (lang and folder.name != lang) or (topic and folder.parts[-3] != topic):
            continue
        for path in sorted(folder.iterdir()):
            source = str(path.relative_to(SHARED))
            text, date = read_text(source)
            strong = len(re.findall(rf"(?<!\w)({MONTHS}|{WEEKDAYS})(?!\w)|\b(19|20)\d\d\b", text, re.IGNORECASE))
            rows.append((strong, len(candidates(text)), len(text), date, source))
    for row in sorted(rows, reverse=True)[:60]:
        print(*row, sep="\t", flush=False)


# --- building the gold from the compact work file ----------------------------------------------
def find_word(text: str, snippet: str, cursor: int, occurrence: int) -> int:
    pattern = re.compile(r"(?<!\w)" + re.escape(snippet) + r"(?!\w)")
    for _ in range(occurrence):
        match = pattern.search(text, cursor)
        if not match:
            raise ValueError(f"{snippet!r} (occurrence {occurrence}) not found after offset {cursor}")
        start, cursor = match.start(), match.end()
    return start


def build(workfile: Path, out: Path) -> None:
    records, doc = [], None
    for number, line in enumerate(workfile.read_text(encoding="utf-8").split("\n"), 1):
        where = f"{workfile}:{number}"
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("@"):
            source = line[1:].strip()
            text, date = read_text(source)
            lang = "uk" if re.search(r"/(uk|ua)/|ner-uk|\.uk\.", source) else "ru"
            doc = {"source": source, "lang": lang, "date": date, "times": []}
            records.append((doc, text))
            cursor = 0
            continue
        if doc is None:
            raise ValueError(f"{where}: annotation before the first '@ source' line")
        fields = [f.strip() for f in line.split("|")]
        snippet, value = fields[0], fields[1]
        occurrence = 1
        if re.search(r"#\d+$", snippet):
            snippet, occurrence = snippet.rsplit("#", 1)[0], int(snippet.rsplit("#", 1)[1])
        try:
            start = find_word(text, snippet, cursor, occurrence)
        except ValueError as error:
            raise ValueError(f"{where}: {error} in {doc['source']}") from None
        end = start + len(snippet)
        cursor = end
        value = None if value == "null" else value
        options = dict(f.split("=", 1) for f in fields[2:])
        unknown = set(options) - {"g", "a", "end", "note"}
        if unknown:
            raise ValueError(f"{where}: unknown option(s) {sorted(unknown)}")
        granularity = options.get("g") or (value_granularity(value) if value else None)
        if granularity is None:
            raise ValueError(f"{where}: a null value needs g=<granularity>")
        explicit = re.search(r"\b(1[0-9]|20)\d\d\b|\d+\.\d+\.\d+", snippet)
        anchor = options.get("a") or ("absolute" if explicit else "document")
        time = {"start": start, "end": end, "text": snippet, "value": value, "granularity": granularity}
        if "end" in options:
            time["end_value"] = options["end"]
        time["anchor"] = anchor
        if "note" in options:
            time["note"] = options["note"]
        doc["times"].append(time)
    with out.open("w", encoding="utf-8") as handle:
        for doc, _ in records:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    check([out])


def check(paths: list[Path]) -> None:
    problems, totals = [], {}
    for path in paths:
        seen = set()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path}:{number}"
            doc = json.loads(line)
            if doc["source"] in seen:
                problems.append(f"{where}: {doc['source']} appears twice")
            seen.add(doc["source"])
            text, date = read_text(doc["source"])
            if doc["date"] != date:
                problems.append(f"{where}: date {doc['date']} but the file says {date}")
            previous_end = -1
            for time in doc["times"]:
                if text[time["start"]:time["end"]] != time["text"]:
                    problems.append(f"{where}: {time['text']!r} != text[{time['start']}:{time['end']}]")
                if time["start"] < previous_end:
                    problems.append(f"{where}: {time['text']!r} overlaps or is out of order")
                previous_end = time["end"]
                if time["granularity"] not in GRANULARITIES:
                    problems.append(f"{where}: granularity {time['granularity']!r}")
                for key in ("value", "end_value"):
                    if time.get(key) is not None:
                        try:
                            value_granularity(time[key])
                        except ValueError as error:
                            problems.append(f"{where}: {error}")
                if time["value"] and value_granularity(time["value"]) != time["granularity"]:
                    problems.append(f"{where}: {time['text']!r} value {time['value']} vs granularity {time['granularity']}")
                if time.get("anchor") not in (None, "document", "previous", "absolute"):
                    problems.append(f"{where}: anchor {time['anchor']!r}")
                totals.setdefault(doc["lang"], {}).setdefault(time["granularity"], 0)
                totals[doc["lang"]][time["granularity"]] += 1
            totals.setdefault(doc["lang"], {}).setdefault("_docs", 0)
            totals[doc["lang"]]["_docs"] += 1
    for problem in problems:
        print(problem, file=sys.stderr)
    for lang, counts in sorted(totals.items()):
        docs = counts.pop("_docs")
        print(f"{lang}: {docs} documents, {sum(counts.values())} expressions, {dict(sorted(counts.items()))}")
    if problems:
        sys.exit(f"{len(problems)} problem(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("rank")
    r.add_argument("--lang")
    r.add_argument("--topic")
    s = sub.add_parser("show")
    s.add_argument("source")
    b = sub.add_parser("build")
    b.add_argument("workfile", type=Path)
    b.add_argument("out", type=Path)
    c = sub.add_parser("check")
    c.add_argument("paths", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "rank":
        rank(args.lang, args.topic)
    elif args.command == "show":
        show(args.source)
    elif args.command == "build":
        build(args.workfile, args.out)
    else:
        check(args.paths)


if __name__ == "__main__":
    main()
