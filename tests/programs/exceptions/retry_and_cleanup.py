# Exception-heavy control flow: retries with backoff, cleanup stacks, re-raise, chaining and context.
attempts_log = []

def flaky_factory(failures):
    state = {"n": 0}
    def op(x):
        state["n"] += 1
        if state["n"] <= failures:
            raise ConnectionError(f"attempt {state['n']} failed for {x}")
        return x * 10
    return op

def retry(op, arg, tries=3):
    delay = 1
    last = None
    for attempt in range(1, tries + 1):
        try:
            result = op(arg)
        except ConnectionError as e:
            last = e
            attempts_log.append((arg, attempt, delay))
            delay *= 2
            continue
        else:
            return result, attempt
        finally:
            attempts_log.append(("tried", attempt))
    raise TimeoutError(f"gave up on {arg} after {tries} tries") from last

for fails in (0, 2, 5):
    try:
        print("result:", retry(flaky_factory(fails), fails))
    except TimeoutError as e:
        print("TimeoutError:", e, "| cause:", e.__cause__)
print(attempts_log)

cleanup = []
def with_resources(names, fail_at):
    acquired = []
    try:
        for n in names:
            if n == fail_at:
                raise OSError(5, "cannot open", n)
            acquired.append(n)
            cleanup.append("open " + n)
        return "all acquired"
    finally:
        while acquired:
            cleanup.append("close " + acquired.pop())

print(with_resources(["db", "cache", "log"], None))
try:
    with_resources(["db", "cache", "log"], "log")
except OSError as e:
    print("OSError:", e.errno, e.strerror, e.filename, e.args, str(e))
print(cleanup)

def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            try:
                out.append(float(v))
            except ValueError as inner:
                out.append(None)
                print("  skip", repr(v), "context is ValueError:", isinstance(inner.__context__, ValueError))
        except TypeError as e:
            out.append(-1)
            print("  type problem:", e)
    return out

print(convert(["1", "2.5", "x", None, "  7 ", "1e3", "0x10", [1]]))

def depth(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return depth(n - 1)
    except LookupError as e:
        if n < 3:
            raise
        return f"caught at depth {n}: {e}"

print(depth(5))
try:
    depth(2)
except LookupError as e:
    print("propagated:", repr(e))

def finally_overrides():
    try:
        return "try"
    finally:
        print("  finally runs before return")

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"

print(finally_overrides(), finally_swallows())
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("explicit") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
errs = []
for exc in (ValueError, KeyError, IndexError, ZeroDivisionError, AttributeError, StopIteration):
    try:
        raise exc("boom")
    except (LookupError, ArithmeticError) as e:
        errs.append(("lookup/arith", type(e).__name__))
    except Exception as e:
        errs.append(("other", type(e).__name__, e.args))
print(errs)
