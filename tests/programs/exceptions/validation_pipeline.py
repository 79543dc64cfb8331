# Validating user records through a pipeline of checks that raise, collecting and summarizing errors.
records = [
    {"name": "Ann", "age": "34", "email": "ann@example.com", "tags": "a,b"},
    {"name": "", "age": "20", "email": "x@y.z"},
    {"name": "Bob", "age": "-3", "email": "bob@example.com"},
    {"name": "Cy", "age": "abc", "email": "cy@"},
    {"name": "Di", "email": "di@example.org"},
    {"name": "Ed", "age": "200", "email": "ed.example.com"},
    {"name": "Flo", "age": "41", "email": "flo@example.net", "tags": ""},
    "not a dict",
]

def check_name(r):
    if not r["name"]:
        raise ValueError("name is empty")
    if not r["name"][0].isupper():
        raise ValueError("name must be capitalized")

def check_age(r):
    try:
        age = int(r["age"])
    except KeyError:
        raise KeyError("age missing") from None
    except ValueError as e:
        raise TypeError(f"age not numeric: {r['age']!r}") from e
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    r["age"] = age

def check_email(r):
    user, sep, domain = r["email"].partition("@")
    assert sep, f"missing @ in {r['email']!r}"
    if "." not in domain:
        raise ValueError(f"bad domain {domain!r}")

checks = [check_name, check_age, check_email]
valid, problems = [], {}
for i, rec in enumerate(records):
    errors = []
    for check in checks:
        try:
            check(rec)
        except (ValueError, TypeError) as e:
            errors.append(f"{check.__name__}: {type(e).__name__}: {e}")
            if e.__cause__ is not None:
                errors[-1] += f" (from {type(e.__cause__).__name__})"
        except KeyError as e:
            errors.append(f"{check.__name__}: missing {e.args[0]}")
        except AssertionError as e:
            errors.append(f"{check.__name__}: assertion {e}")
    if errors:
        problems[i] = errors
    else:
        valid.append(rec)
for i, errs in problems.items():
    print(f"record {i}:")
    for e in errs:
        print("   ", e)
print("valid:", [(r["name"], r["age"]) for r in valid])
kinds = {}
for errs in problems.values():
    for e in errs:
        kind = e.split(":")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
print("error counts:", kinds)
def strict(rec):
    for check in checks:
        check(rec)
    return "ok"
print(strict(dict(records[0])))
strict(records[5])
