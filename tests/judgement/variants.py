"""Deterministic variants of the judgement fixtures (tests/judgement/people/*.txt).

Each function takes a resume in bescore's plain-text convention and returns a new text (or None when
the variant does not apply to that person), changing exactly one thing:
  BREAKS    break one piece of advice (the score must drop and the rule must say where);
  FORMS     change only the form (the score must stay within 2 points);
  TRICKS    try to game the score (it must not rise by more than 2 points).
"""
import re

# Fixtures of people who are not software engineers at all (file names); they must land under 30.
NON_SOFTWARE = re.compile(r"-(hr|sales|graphic-designer|teacher|marketing|mechanical)")

HEADINGS = ("SUMMARY", "EXPERIENCE", "PROJECTS", "SKILLS", "EDUCATION", "CERTIFICATIONS")
# Every figure of scale: traffic, latency, throughput, uptime, data volume, users served.
SCALE_RE = re.compile(
    r"\d[\d,.]*\s?[KMB]?\+? (requests|req|calls|API calls|events|messages|transactions|queries|jobs|webhooks|deliveries|checks|writes|reads|orders|bookings|payments)\s?(/|per |a |each )\s?(day|sec|second|s|min|minute|hour|month)\b"
    r"|\d[\d,.]*\s?[KM]?\s?(RPS|QPS|TPS|rps|qps|req/s|ops/s)\b"
    r"|\bp\d\d\s*(latency)?\s*(under|below|of|<|at|from)?\s*[\d.,]+\s?(ms|s)\b(\s+to\s+[\d.,]+\s?(ms|s)\b)?"
    r"|\bp\d\d\b"
    r"|[\d.,]+\s?(ms|µs)\b"
    r"|\b9\d\.\d+\s?%( uptime| availability)?"
    r"|\d[\d.,]*\s?(TB|GB|PB)(/\w+)?"
    r"|\d[\d.,]*\s?[KMB]\+? (daily |monthly |active |concurrent |registered )*(users|customers|devices|subscribers|tenants|connections|sessions)\b")
VAGUE = {"requests": "high traffic", "RPS": "high traffic", "QPS": "high traffic", "ms": "quickly", "%": "reliably", "events": "a high volume of events",
         "messages": "a high volume of messages", "latency": "low latency", "p99": "fast responses",
         "uptime": "high uptime", "TB": "large data volumes", "GB": "large data volumes", "users": "many users"}
FRONTEND_RE = re.compile(r"\b(React|Vue|Angular|UI|CSS|SwiftUI|iOS|Android|Storybook|Tailwind|Hotwire|Stimulus|widgets?|portal|frontend|front-end|screen)\b")
LINK_RE = re.compile(r"\s*(\||—|at|on)?\s*(https?://\S+|github\.com/\S+|gitlab\.com/\S+|[\w-]+\.(fly\.dev|onrender\.com|vercel\.app|netlify\.app|dev|app|io)\b\S*)")


def sections(text):
    """[(heading or None, [lines])] in order; the None section is the header."""
    out = [(None, [])]
    for line in text.split("\n"):
        if line.strip() in HEADINGS:
            out.append((line.strip(), []))
        else:
            out[-1][1].append(line)
    return out


def join(secs):
    parts = []
    for heading, lines in secs:
        if heading is not None:
            parts.append(heading)
        parts.extend(lines)
    return "\n".join(parts)


def section(secs, name):
    for heading, lines in secs:
        if heading == name:
            return lines
    return None


def entries(lines):
    """Indices of role lines and their bullet indices: [(title_index, [bullet indices])]."""
    out = []
    for i, line in enumerate(lines):
        if line.startswith("- "):
            if out:
                out[-1][1].append(i)
        elif line.strip():
            out.append((i, []))
    return [e for e in out if e[1]]


# ---- BREAKS: one piece of advice broken, the rest left alone ----------------------------------------

def generic_summary(text):
    secs = sections(text)
    lines = section(secs, "SUMMARY")
    if not lines:
        return None
    i = next(k for k, l in enumerate(lines) if l.strip())
    lines[i] = "Passionate and hardworking developer seeking new opportunities to grow in a dynamic, fast-paced team."
    return join(secs)


EVERYTHING = ["Java", "JavaScript", "TypeScript", "Python", "PHP", "C", "C++", "C#", "Ruby", "Perl", "HTML", "CSS", "React",
              "Angular", "Vue", "jQuery", "Bootstrap", "Node.js", "Django", "Spring", "MySQL", "MongoDB", "Oracle", "Excel",
              "PowerPoint", "Word", "Photoshop", "Figma", "Jira", "Git", "Linux", "Windows", "Android", "Swift"]


def everything_skills(text):
    secs = sections(text)
    lines = section(secs, "SKILLS")
    if lines is None:
        return None
    body = [k for k, l in enumerate(lines) if l.strip()]
    chunks = [EVERYTHING[0:12], EVERYTHING[12:24], EVERYTHING[24:34]]
    for n, k in enumerate(body):
        lines[k] = ["Languages: ", "Frameworks and tools: ", "Other: "][min(n, 2)] + ", ".join(chunks[n]) if n < 3 else ""
    for n in range(len(body), 3):
        lines.insert(body[-1] + 1 + (n - len(body)), "Other: " + ", ".join(chunks[n]))
    return join(secs)


DUTIES = ["Responsible for", "Worked on", "Helped with", "Involved in"]


def duties(text):
    secs = sections(text)
    lines = section(secs, "EXPERIENCE")
    changed = 0
    for _, bullets in entries(lines):
        for k in bullets:
            if changed == 4:
                break
            words = lines[k][2:].split(" ")
            obj = " ".join(words[1:]).split(",")[0]
            obj = re.split(r"\b(cutting|reducing|serving|saving|raising|handling|processing|eliminating|lifting|lowering|with|at|to|from|by)\b", obj)[0].strip()
            obj = re.sub(r"\b\d[\d,.]*\S*", "", obj).strip() or "the service"
            lines[k] = f"- {DUTIES[changed]} {obj[0].lower() + obj[1:]}"
            changed += 1
    return join(secs) if changed >= 3 else None


PREPS = {"from", "to", "by", "of", "at", "under", "over", "across", "for", "within", "in", "serving", "processing",
         "handling", "and", "than", "with", "<", ">", "~"}
UNITS = {"ms", "s", "sec", "seconds", "minutes", "hours", "days", "weeks", "months", "requests/day", "requests/sec",
         "events/sec", "messages/sec", "TB", "GB", "MB", "TB/day", "GB/day", "users", "engineers", "services", "percent",
         "times", "latency", "uptime", "RPS", "transactions", "requests", "events", "messages", "per", "day", "week",
         "month", "year", "a", "each"}
TECH_WITH_DIGITS = re.compile(r"^(S3|EC2|K8s|OAuth2|HTTP/2|Python3|IPv[46]|ES6|B2B|B2C|P2P|Log4j|FHIR\w*)[,.;]?$")


def strip_figures(bullet):
    """Removes every figure from a bullet, with the preposition before and the unit after it."""
    out, after_figure = [], False
    for w in bullet.split(" "):
        bare = w.strip(",.;()")
        if re.search(r"\d", w) and not TECH_WITH_DIGITS.match(w):
            while out and out[-1].strip(",.;(") in PREPS:
                out.pop()
            if w[-1:] in ",;" and out:
                out[-1] = out[-1].rstrip(",;") + w[-1]
            after_figure = True
            continue
        if after_figure and bare in UNITS:
            continue
        after_figure = False
        out.append(w)
    return " ".join(out).rstrip(" ,;")


def unquantified_latest(text):
    secs = sections(text)
    lines = section(secs, "EXPERIENCE")
    es = entries(lines)
    if not es:
        return None
    for k in es[0][1]:
        lines[k] = strip_figures(lines[k])
    return join(secs)


def frontend_first(text):
    secs = sections(text)
    lines = section(secs, "EXPERIENCE")
    done = False
    for _, bullets in entries(lines):
        texts = [lines[k] for k in bullets]
        fe = [t for t in texts if FRONTEND_RE.search(t)]
        be = [t for t in texts if not FRONTEND_RE.search(t)]
        if fe and be and texts[0] in be:
            for k, t in zip(bullets, fe + be):
                lines[k] = t
            done = True
    return join(secs) if done else None


def no_links(text):
    out = []
    for line in text.split("\n"):
        if "linkedin.com" in line:
            parts = [p for p in line.split(" | ") if not LINK_RE.fullmatch(" " + p) or "linkedin" in p]
            line = " | ".join(parts)
        new = LINK_RE.sub("", line).rstrip(" |—,")
        out.append(new if new.strip() or not line.strip() else line)
    result = "\n".join(out)
    return result if result != text else None


TUTORIAL = ["Todo App", "- Followed an online tutorial to build a todo list app with 3 CRUD endpoints", "",
            "Weather App", "- Built a weather app that shows the forecast from a public API", ""]


def tutorial_projects(text):
    secs = sections(text)
    for n, (heading, lines) in enumerate(secs):
        if heading == "PROJECTS":
            secs[n] = (heading, list(TUTORIAL))
            return join(secs)
    return None


def vague_scale(text):
    def vague(m):
        s = m.group(0)
        for key, word in VAGUE.items():
            if key in s:
                return word
        return "at scale"
    new = SCALE_RE.sub(vague, text)
    return new if new != text else None


BREAKS = {
    "summary/generic": generic_summary,
    "skills/focus": everything_skills,
    "phrasing/responsibility": duties,
    "impact/quantified": unquantified_latest,
    "order/backend-first": frontend_first,
    "evidence/links": no_links,
    "projects/depth": tutorial_projects,
    "impact/system-thinking": vague_scale,
}

# ---- FORMS: the same content in another form ----------------------------------------------------------

def markers(symbol):
    return lambda t: re.sub(r"(?m)^- ", symbol + " ", t)


def numbered(t):
    n = [0]
    def num(m):
        n[0] += 1
        return f"{n[0]}. "
    return re.sub(r"(?m)^- ", num, t)


def title_case(t):
    return re.sub(r"(?m)^(" + "|".join(HEADINGS) + r")$", lambda m: m.group(1).title(), t)


def synonyms(mapping):
    def f(t):
        for old, new in mapping.items():
            t = re.sub(rf"(?m)^{old}$", new, t)
        return t
    return f


def hard_wrap(t):
    out = []
    for line in t.split("\n"):
        if line.startswith("- ") and len(line) > 70:
            words, cur, first = line.split(" "), "", True
            for w in words:
                if len(cur) + len(w) + 1 > 70:
                    out.append(cur)
                    cur, first = "  " + w, False
                else:
                    cur = f"{cur} {w}" if cur else w
            out.append(cur)
        else:
            out.append(line)
    return "\n".join(out)


def whitespace(t):
    return "\r\n".join(l + "   " for l in t.split("\n")).replace("\r\n\r\n", "\r\n\r\n\r\n")


def date_style(style):
    months = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07", "Aug": "08",
              "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}

    def f(t):
        def one(m):
            mon, year = m.group(1), m.group(2)
            if style == "numeric":
                return f"{months[mon[:3]]}/{year}"
            if style == "year":
                return year
            return ("Sept" if mon.startswith("Sep") else mon) + " " + year
        t = re.sub(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w* (\d{4})", one, t)
        end = {"numeric": " - now", "year": "–present", "words": " - now"}[style]
        return re.sub(r" – Present\b", end, t)
    return f


def reorder(t):
    secs = sections(t)
    head, rest = secs[0], secs[1:]
    edu = [s for s in rest if s[0] in ("EDUCATION", "SKILLS")]
    other = [s for s in rest if s[0] not in ("EDUCATION", "SKILLS")]
    return join([head] + edu[::-1] + other)


def to_markdown(t):
    out, first = [], True
    for line in t.split("\n"):
        s = line.strip()
        if first and s:
            out.append("# " + s)
            first = False
        elif s in HEADINGS:
            out.append("## " + s.title())
        elif s.startswith("- "):
            out.append("* " + re.sub(r"^(\S+)", r"**\1**", s[2:], count=1))
        elif " — " in s and "|" in s and not out[-1:] == [""] and False:
            out.append(s)
        elif (" — " in s or re.search(r"\d{4}", s)) and not s.startswith("- ") and len(out) > 3 and ":" not in s:
            out.append("### " + s)
        else:
            out.append(s)
    return "\n".join(out) + "\n"


def label_column(t):
    """Each heading in a left column, on its section's first line; the section's other lines indented past it."""
    out, label, in_body = [], None, False
    for line in t.split("\n"):
        s = line.strip()
        if s in HEADINGS:
            label, in_body = s, True
        elif not s:
            out.append("")
        elif label:
            out.append(f"{label:<16}{s}")
            label = None
        else:
            out.append(" " * 16 + s if in_body else s)
    return "\n".join(out)


def flattened(t):
    """Text as a job site exports it: the whole resume on one line, two spaces where line breaks were."""
    return "  ".join(line.strip() for line in t.split("\n") if line.strip()) + "\n"


def employer_in_capitals(t):
    """'Title — Employer, City | dates' as an employer line in capitals above 'Title | dates'."""
    def one(m):
        return f"{m.group(2).upper()}\n{m.group(1)} | {m.group(3)}"
    return re.sub(r"(?m)^([^-\n][^—\n]*?) — ([^|\n]+?) \| ([^\n]*\d{4}[^\n]*)$", one, t)


FORMS = {
    "markers •": markers("•"),
    "markers *": markers("*"),
    "markers –": markers("–"),
    "markers ▪": markers("▪"),
    "markers 1.": numbered,
    "headings Title Case": title_case,
    "headings synonyms A": synonyms({"EXPERIENCE": "Work History", "SKILLS": "Technical Skills", "SUMMARY": "Profile"}),
    "headings synonyms B": synonyms({"EXPERIENCE": "PROFESSIONAL EXPERIENCE", "SKILLS": "Tech Stack", "SUMMARY": "About"}),
    "headings synonyms C": synonyms({"EXPERIENCE": "Employment", "SKILLS": "Core Technologies", "SUMMARY": "Summary"}),
    "hard-wrapped at 70": hard_wrap,
    "CRLF, trailing spaces, blank lines": whitespace,
    "dates 01/2020 - now": date_style("numeric"),
    "dates 2020–present": date_style("year"),
    "dates Sept 2021 - now": date_style("words"),
    "section order": reorder,
    "Markdown": to_markdown,
    "label column": label_column,
    "flattened to one line": flattened,
    "employer line in capitals": employer_in_capitals,
}

# ---- TRICKS: gaming attempts ---------------------------------------------------------------------------

KEYWORDS = ["Kafka", "Redis", "PostgreSQL", "Kubernetes", "Docker", "gRPC", "GraphQL", "REST", "AWS", "GCP", "Azure",
            "Terraform", "Prometheus", "Grafana", "OpenTelemetry", "RabbitMQ", "SQS", "DynamoDB", "Cassandra", "MongoDB",
            "Elasticsearch", "Memcached", "Helm", "Jenkins", "GitHub Actions", "CircleCI", "Datadog", "Jaeger",
            "microservices", "event sourcing", "CQRS", "sharding", "load balancing", "CAP theorem", "Raft", "OAuth",
            "JWT", "Nginx", "Envoy", "Istio"]


def keyword_block(t):
    return t.rstrip("\n") + "\n\nKEYWORDS\n" + ", ".join(KEYWORDS) + "\n"


PADDING = ["Cassandra", "Elixir", "Consul", "Nomad", "ScyllaDB", "NATS", "Pulsar", "Flink", "CockroachDB", "Vault",
           "Linkerd", "Spinnaker", "Argo CD", "ClickHouse", "Temporal"]


def padded_skills(t):
    secs = sections(t)
    lines = section(secs, "SKILLS")
    if lines is None:
        return None
    last = max(k for k, l in enumerate(lines) if l.strip())
    lines.insert(last + 1, "Also: " + ", ".join(PADDING))
    return join(secs)


def pasted_twice(t):
    out = []
    for line in t.split("\n"):
        out.append(line)
        if line.startswith("- "):
            out.append(line)
    return "\n".join(out)


def meaningless_numbers(t):
    return re.sub(r"(?m)^(- (?!.*\d).*)$", r"\1 across 3 projects using 5 tools", t)


def buzzword(t):
    n = [0]
    def add(m):
        n[0] += 1
        return m.group(1) + (" with scalable, robust design" if n[0] <= 10 else "")
    return re.sub(r"(?m)^(- .*)$", add, t)


TRICKS = {
    "keyword block of 40 terms": keyword_block,
    "skills padded, never shown": padded_skills,
    "every bullet pasted twice": pasted_twice,
    "numbers without meaning": meaningless_numbers,
    "buzzword ten times": buzzword,
}
