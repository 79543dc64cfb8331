# Tokenizer and recursive-descent calculator with variables; ends with an uncaught syntax error.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%^()=,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("eof", None))
    return tokens

def evaluate(src, env):
    toks = tokenize(src)
    pos = 0
    def peek():
        return toks[pos]
    def take(kind=None, value=None):
        nonlocal pos
        tok = toks[pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        pos += 1
        return tok
    def expr():
        val = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            val = val + term() if op == "+" else val - term()
        return val
    def term():
        val = factor()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = take()[1]
            rhs = factor()
            if op == "*":
                val *= rhs
            elif op == "/":
                val /= rhs
            else:
                val %= rhs
        return val
    def factor():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return base ** factor()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        kind, value = peek()
        if kind == "num":
            take()
            return value
        if kind == "name":
            take()
            if peek() == ("op", "("):
                take()
                args = [expr()]
                while peek() == ("op", ","):
                    take()
                    args.append(expr())
                take("op", ")")
                return env[value](*args)
            if value not in env:
                raise NameError(f"undefined variable {value!r}")
            return env[value]
        if (kind, value) == ("op", "("):
            take()
            v = expr()
            take("op", ")")
            return v
        raise SyntaxError(f"unexpected token {value!r}")
    if len(toks) > 2 and toks[0][0] == "name" and toks[1] == ("op", "="):
        pos = 2
        result = expr()
        take("eof")
        env[toks[0][1]] = result
        return result
    result = expr()
    take("eof")
    return result

env = {"max": max, "min": min, "abs": abs, "pi": 3.141592653589793}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2.5", "x + y",
         "max(x, y, 7) - min(1, 2)", "17 % 5 + 7 / 2", "abs(-3) * pi", "2 ^ 100", "z + 1", "1 / 0",
         "3 $ 4", "(1 + 2", "big = 99999999999 * 99999999999", "big % 1000"]
for line in lines:
    try:
        print(f"{line:<34} => {evaluate(line, env)!r}")
    except (SyntaxError, NameError) as e:
        print(f"{line:<34} !! {type(e).__name__}: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<34} !! division: {e}")
print(sorted([k for k in env if not callable(env[k])]))
print(tokenize("a1 = (3.5+b)*2"))
evaluate("1 + * 2", env)
