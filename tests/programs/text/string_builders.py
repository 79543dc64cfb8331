# Building strings: join vs concatenation, templates with replace/format_map, and escaping.
def html_escape(s):
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        s = s.replace(a, b)
    return s

def render(template, ctx):
    out = template
    for key, value in ctx.items():
        out = out.replace("{{" + key + "}}", html_escape(str(value)))
    return out

tpl = "<li class=\"{{cls}}\">{{name}} &mdash; {{price}}</li>"
products = [{"cls": "a", "name": "Fish & Chips", "price": 9.5}, {"cls": "b\"x", "name": "<script>", "price": 0}]
for p in products:
    print(render(tpl, p))
print("{name} owes {amount:.2f}".format_map({"name": "Bob", "amount": 12.345}))
parts = []
for i in range(12):
    parts.append(str(i * i))
joined = "-".join(parts)
concat = ""
for p in parts:
    concat += p + "-"
print(joined, concat[:-1] == joined, len(joined))
print(repr("tab\there"), repr("quote'single"), repr('both\'"'), repr("back\\slash"), repr("\x00\x7f\u00e9\u4e2d\U0001f600"))
print(ascii("naïve café 中"), "caf\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print("%s|%s" % ("a\nb".encode("unicode_escape") if False else "a\\nb", r"raw\n"))
s = "The rain in Spain stays mainly in the plain"
print(s.find("ain"), s.rfind("ain"), s.index("in"), s.count("ain"), s.find("xyz"), s.startswith(("The", "A")), s.endswith("plain"))
print(s.replace("ain", "AIN", 2), s.upper().lower() == s.lower(), s.split("ain"))
print("-".join(reversed(s.split())), s[::-1][:10], s[4:8] * 3)
try:
    s.index("snow")
except ValueError as e:
    print("ValueError:", e)
acc = []
for word in s.split():
    acc.append(word[0].upper() + word[1:].lower() if len(word) > 3 else word.lower())
print(" ".join(acc))
print(str.join(",", ["x", "y"]), ",".join("xyz"), "".join(map(str, range(10))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" * 0 == "", "a" in "abc", "" in "abc")
print("é".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "  ".isspace(), "abc123".isalnum(), "aBc".islower(), "ABC".isupper())
print("{:>{w}}|{:<{w}}|".format("r", "l", w=5), "%-*s|" % (6, "star"), "%.*f" % (2, 3.14159))
