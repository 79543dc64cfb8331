# Word frequency counting with dicts, stop words, and a formatted bar chart.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
punct = ",.;:!?"
clean = text.lower()
for ch in punct:
    clean = clean.replace(ch, " ")
words = clean.split()
print("total words:", len(words), "distinct:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:<8}|{'#' * n:<12}| {n:2d} {n / len(words):6.2%}")
stop = {"it", "was", "the", "of", "we", "us"}
content = {w: n for w, n in freq.items() if w not in stop}
print("content words:", sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(f"len {length:2}: {', '.join(by_len[length])}")
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i}: {len(line):3} chars, {len(line.split()):2} words, starts {line.split()[0]!r}")
first_letters = {}
for w in words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print("".join([f"{k}{v}" for k, v in sorted(first_letters.items())]))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
longest = max(words, key=len)
print("longest:", longest, len(longest), longest.capitalize(), longest.upper(), longest.title())
print("vowel ratio: %.3f" % (sum([1 for c in clean if c in "aeiou"]) / len(clean.replace(" ", "").replace("\n", ""))))
