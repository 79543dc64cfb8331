# Bank account simulation with inheritance and custom exceptions
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (account.number, amount, account.balance))
        self.account = account
        self.amount = amount
class FrozenAccount(Exception):
    pass
class Account:
    _next = 1000
    interest = 0
    def __init__(self, owner, balance=0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.history = []
        self.frozen = False
    def _check(self):
        if self.frozen:
            raise FrozenAccount("account %d is frozen" % self.number)
    def deposit(self, amt):
        self._check()
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        self._check()
        if amt > self.available():
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def available(self):
        return self.balance
    def month_end(self):
        gain = self.balance * self.interest // 100
        if gain:
            self.balance += gain
            self.history.append(("int", gain))
    def __repr__(self):
        return "%s(#%d %s %d)" % (type(self).__name__, self.number, self.owner, self.balance)
class Savings(Account):
    interest = 2
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise FrozenAccount("savings withdrawal limit")
        return super().withdraw(amt)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except (InsufficientFunds, FrozenAccount) as e:
            return "failed: %s: %s" % (type(e).__name__, e)
        self.accounts[dst].deposit(amt)
        return "ok"
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Savings, "ann", 1000)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, "cy")
print(a, b, c)
ops = [(a.number, b.number, 300), (b.number, c.number, 500), (b.number, c.number, 400),
       (a.number, c.number, 100), (a.number, c.number, 1), (c.number, a.number, 5000)]
for src, dst, amt in ops:
    print(src, "->", dst, amt, bank.transfer(src, dst, amt))
for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()
print(a, b, c, bank.total())
c.frozen = True
try:
    c.deposit(1)
except FrozenAccount as e:
    print(type(e).__name__, e)
try:
    b.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.withdraw(10 ** 6)
except InsufficientFunds as e:
    print(e.amount, e.account is b, e)
print(a.history, b.history, len(c.history))
print(sorted(bank.accounts.values(), key=lambda x: x.balance))
