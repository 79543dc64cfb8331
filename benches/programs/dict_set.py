"""dict_set: word-frequency counting over a generated text with dict.get, setdefault, Counter and dict comprehensions, plus set union, intersection and difference between documents; exercises str-keyed dicts and sets."""
# bench-quick-size: 1000
import sys
import time
from collections import Counter, defaultdict

DEFAULT_SIZE = 75000
ITERATIONS = 10
TOP_K = 8

ONSETS = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r",
          "s", "st", "t", "tr", "v", "w"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
CODAS = ["", "", "n", "r", "s", "t", "nd", "ck", "ll"]
STOP_WORDS = {"ba", "de", "ti", "lo", "ma", "ne", "ra", "so"}


class Rng:
    """A small linear congruential generator, so the text is the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % bound


def make_vocabulary(rng, count):
    words = []
    seen = set()
    while len(words) < count:
        syllables = 1 + rng.next(3)
        word = "".join(ONSETS[rng.next(len(ONSETS))] + VOWELS[rng.next(len(VOWELS))]
                       for _ in range(syllables))
        word += CODAS[rng.next(len(CODAS))]
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words + sorted(STOP_WORDS)


def make_document(rng, vocabulary, length):
    # a skewed choice: low indices are much more frequent (Zipf-like)
    n = len(vocabulary)
    words = []
    for _ in range(length):
        a = rng.next(n)
        b = rng.next(n)
        words.append(vocabulary[a * b // n])
    return " ".join(words)


def count_with_get(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def index_positions(text):
    positions = {}
    for i, word in enumerate(text.split()):
        positions.setdefault(word, []).append(i)
    return positions


def bigrams(text):
    followers = defaultdict(set)
    words = text.split()
    for a, b in zip(words, words[1:]):
        if a not in STOP_WORDS and b not in STOP_WORDS:
            followers[a].add(b)
    return followers


def top_k(counts, k):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def analyse(rng, vocabulary, length):
    doc_a = make_document(rng, vocabulary, length)
    doc_b = make_document(rng, vocabulary, length // 2)
    counts_a = count_with_get(doc_a)
    counts_b = Counter(doc_b.split())
    positions = index_positions(doc_a)
    # consistency between the three ways of counting
    for word, where in positions.items():
        if len(where) != counts_a[word]:
            raise AssertionError(word)
    words_a = set(counts_a)
    words_b = set(counts_b)
    both = words_a & words_b
    only_a = words_a - words_b
    either = words_a | words_b
    sym = words_a ^ words_b
    merged = {w: counts_a.get(w, 0) + counts_b.get(w, 0) for w in either if w not in STOP_WORDS}
    rare = {w for w, c in merged.items() if c == 1}
    spread = {w: where[-1] - where[0] for w, where in positions.items() if len(where) > 1}
    followers = bigrams(doc_a)
    fan_out = sum(len(s) for s in followers.values())
    common_followers = 0
    for w in sorted(both)[:200]:
        if w in followers:
            common_followers += len(followers[w] & both)
    return {
        "sizes": (len(words_a), len(words_b), len(both), len(only_a), len(either), len(sym),
                  len(rare), fan_out, common_followers),
        "top": top_k(merged, TOP_K),
        "spread": max(spread.values()) if spread else 0,
        "stops": sum(counts_a.get(w, 0) for w in STOP_WORDS),
    }


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    rng = Rng(20240601)
    vocabulary = make_vocabulary(rng, 2000)
    size_sums = None
    check = 0
    result = None
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        result = analyse(rng, vocabulary, size)
        sizes = result["sizes"]
        size_sums = sizes if size_sums is None else tuple(a + b for a, b in zip(size_sums, sizes))
        for word, count in result["top"]:
            for ch in word:
                check = (check * 33 + ord(ch)) % 1000000007
            check = (check * 1009 + count) % 1000000007
        check = (check * 7 + result["spread"] + result["stops"]) % 1000000007
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("sizes", " ".join(map(str, size_sums)))
    print("top", " ".join("%s=%d" % kv for kv in result["top"]))
    print("check %d" % check)


main()
