# Linked list and binary search tree classes
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LL[" + " -> ".join(map(str, self)) + "]"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList(range(6))
print(ll, len(ll), ll[2], ll[-1], 4 in ll, 9 in ll)
print(ll.reverse(), list(ll), sum(ll))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
class BST:
    class _N:
        def __init__(self, k, v):
            self.k, self.v = k, v
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, k, v):
        if self.root is None:
            self.root = BST._N(k, v)
            self.n += 1
            return
        cur = self.root
        while True:
            if k == cur.k:
                cur.v = v
                return
            side = "left" if k < cur.k else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST._N(k, v))
                self.n += 1
                return
            cur = nxt
    def __getitem__(self, k):
        cur = self.root
        while cur is not None:
            if k == cur.k:
                return cur.v
            cur = cur.left if k < cur.k else cur.right
        raise KeyError(k)
    def __len__(self):
        return self.n
    def __iter__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            yield cur.k
            cur = cur.right
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
t = BST()
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    t[w] = i
print(len(t), list(t), t["the"], t["fox"], t.height())
try:
    t["cat"]
except KeyError as e:
    print(type(e).__name__, e)
nums = BST()
x = 7
for _ in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    nums[x % 1000] = x
print(len(nums), list(nums)[:10], nums.height(), BST._N.__qualname__)
