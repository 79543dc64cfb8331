# Checks repr() of strings: quote choice, escapes, unicode, and escape sequences in literals.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "back\\slash",
           "\x00\x07\x1b\x7f", "é日\u200b", "\U0001F600", "\xa0", "ok", ""]
for s in samples:
    print(repr(s), len(s))
print(str("tab\there"), "a\\nb", r"raw\n", len(r"\n"), "\101\x41\u0041\N{LATIN SMALL LETTER A}")
print(repr("a" "b" 'c'), """triple
quoted""", '''single "triple"''')
print(repr("héllo\n日"), repr("plain"), repr(["é"]), str(["é\n"]))
print(repr(["it's", 'q"']), repr(("a",)), str(["x", "y"]))
