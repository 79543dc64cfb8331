# Bank-account ledger using dicts and closures; exceptions for invalid operations, final uncaught error.
accounts = {}
ledger = []

def open_account(owner, initial=0):
    if owner in accounts:
        raise KeyError(f"account exists: {owner}")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[owner] = {"balance": initial, "history": [("open", initial)], "frozen": False}
    ledger.append(("open", owner, initial))

def deposit(owner, amount):
    acct = accounts[owner]
    if amount <= 0:
        raise ValueError(f"invalid deposit amount {amount}")
    if acct["frozen"]:
        raise PermissionError(f"{owner} is frozen")
    acct["balance"] += amount
    acct["history"].append(("dep", amount))
    ledger.append(("dep", owner, amount))

def withdraw(owner, amount):
    acct = accounts[owner]
    if amount > acct["balance"]:
        raise ArithmeticError(f"insufficient funds: {owner} has {acct['balance']}, needs {amount}")
    acct["balance"] -= amount
    acct["history"].append(("wd", amount))
    ledger.append(("wd", owner, amount))

def transfer(src, dst, amount):
    snapshot = (accounts[src]["balance"], accounts[dst]["balance"], len(ledger))
    try:
        withdraw(src, amount)
        deposit(dst, amount)
    except Exception as e:
        accounts[src]["balance"], accounts[dst]["balance"], n = snapshot
        del ledger[n:]
        raise RuntimeError(f"transfer {src}->{dst} of {amount} failed") from e
    else:
        ledger.append(("xfer", src + ">" + dst, amount))
    finally:
        print(f"  [audit] transfer {src}->{dst} {amount}: balances now {accounts[src]['balance']}/{accounts[dst]['balance']}")

ops = [
    (open_account, ("alice", 100)), (open_account, ("bob",)), (open_account, ("carol", 50)),
    (open_account, ("alice", 5)), (open_account, ("dan", -1)), (deposit, ("bob", 40)),
    (deposit, ("bob", 0)), (withdraw, ("carol", 80)), (transfer, ("alice", "bob", 30)),
    (transfer, ("bob", "carol", 500)), (deposit, ("zed", 10)), (withdraw, ("alice", 70)),
]
for func, args in ops:
    try:
        func(*args)
        print(f"ok   {func.__name__}{args}")
    except (KeyError, ValueError) as e:
        print(f"fail {func.__name__}{args}: {type(e).__name__} {e}")
    except ArithmeticError as e:
        print(f"fail {func.__name__}{args}: arithmetic {e}")
    except RuntimeError as e:
        print(f"fail {func.__name__}{args}: {e} (cause: {type(e.__cause__).__name__}: {e.__cause__})")
accounts["carol"]["frozen"] = True
try:
    transfer("alice", "carol", 1)
except RuntimeError as e:
    print("frozen transfer:", e, "|", repr(e.__cause__), e.__suppress_context__)
for owner in sorted(accounts):
    a = accounts[owner]
    print(f"{owner:6} balance={a['balance']:5} history={a['history']}")
print("ledger:", ledger)
print("total money:", sum([a["balance"] for a in accounts.values()]))
withdraw("bob", 1000)
