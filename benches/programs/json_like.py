"""json_like: a hand-written recursive serializer and recursive-descent parser for a JSON-like format, round-tripping many generated documents of nested dicts and lists; exercises recursion, isinstance dispatch, string scanning by index and building strings from parts."""
# bench-quick-size: 10
import sys
import time

DEFAULT_SIZE = 520
ITERATIONS = 10

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}
WORDS = ["alpha", "beta", "gamma", "delta", "tab\there", "quote\"d", "back\\slash", "line\nbreak",
         "", "unicode-\u00e9\u00e8", "x"]


class ParseError(Exception):
    pass


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_value(rng, depth):
    kind = rng.below(10 if depth > 0 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.below(2) == 1
    if kind == 2:
        return rng.below(2000000) - 1000000
    if kind == 3:
        return (rng.below(2000000) - 1000000) / 64
    if kind in (4, 5):
        return WORDS[rng.below(len(WORDS))] + str(rng.below(100))
    if kind in (6, 7):
        return [make_value(rng, depth - 1) for _ in range(rng.below(6))]
    obj = {}
    for _ in range(rng.below(6)):
        obj["k%d_%s" % (rng.below(50), WORDS[rng.below(4)])] = make_value(rng, depth - 1)
    return obj


def encode_string(s):
    parts = ['"']
    for ch in s:
        parts.append(ESCAPES.get(ch, ch))
    parts.append('"')
    return "".join(parts)


def dumps(value):
    out = []
    write(value, out)
    return "".join(out)


def write(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            write(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in sorted(value):
            if not first:
                out.append(", ")
            first = False
            out.append(encode_string(key))
            out.append(": ")
            write(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot serialize %r" % (value,))


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, what):
        return ParseError("%s at %d" % (what, self.pos))

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def peek(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            raise self.error("unexpected end")
        return self.text[self.pos]

    def expect(self, ch):
        if self.peek() != ch:
            raise self.error("expected %r" % ch)
        self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise self.error("trailing data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise self.error("unexpected %r" % ch)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        self.expect('"')
        text = self.text
        chars = []
        pos = self.pos
        while True:
            ch = text[pos]
            if ch == '"':
                break
            if ch == "\\":
                pos += 1
                chars.append(UNESCAPES[text[pos]])
            else:
                chars.append(ch)
            pos += 1
        self.pos = pos + 1
        return "".join(chars)

    def number(self):
        text = self.text
        start = self.pos
        pos = start + 1
        is_float = False
        while pos < len(text) and (text[pos].isdigit() or text[pos] in ".eE+-"):
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        self.pos = pos
        literal = text[start:pos]
        return float(literal) if is_float else int(literal)


def loads(text):
    return Parser(text).parse()


def shape(value):
    """A small structural summary: (containers, scalars, max depth)."""
    if isinstance(value, dict):
        items = list(value.values())
    elif isinstance(value, list):
        items = value
    else:
        return 0, 1, 0
    containers, scalars, depth = 1, 0, 0
    for item in items:
        c, s, d = shape(item)
        containers += c
        scalars += s
        depth = max(depth, d)
    return containers, scalars, depth + 1


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    rng = Rng(7)
    total_chars = 0
    h = 0
    totals = [0, 0, 0]
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        for j in range(size):
            doc = {"id": j, "round": i, "items": [make_value(rng, 4) for _ in range(6)]}
            text = dumps(doc)
            back = loads(text)
            if back != doc:
                raise AssertionError("round trip %d/%d" % (i, j))
            again = dumps(back)
            if again != text:
                raise AssertionError("re-serialization %d/%d" % (i, j))
            total_chars += len(text)
            for ch in text[::11]:
                h = (h * 131 + ord(ch)) % 1000000007
            c, s, d = shape(back)
            totals[0] += c
            totals[1] += s
            totals[2] = max(totals[2], d)
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("chars %d hash %d" % (total_chars, h))
    print("containers %d scalars %d depth %d" % tuple(totals))
    print(text[:72])


main()
