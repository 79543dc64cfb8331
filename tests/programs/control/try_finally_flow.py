# Checks try/finally interaction with return, break and continue, including overriding returns.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def side_effects():
    log = []
    x = 1
    try:
        log.append("try")
        return x
    finally:
        x = 2
        log.append("finally")
        print(log)
print(side_effects())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
count = 0
while True:
    try:
        count += 1
        if count >= 3:
            break
    finally:
        print("loop finally", count)
print("count", count)
