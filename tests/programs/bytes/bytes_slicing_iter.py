# Checks bytes slicing with steps, iteration yielding ints, and building bytes from computations.
b = bytes(range(10))
print(b[::2], b[::-1], b[-3:], b[2:8:3], b[100:], b[-100:2])
print([x * 2 for x in b[:4]], sum(b), max(b), min(b), sorted(b"dcba"))
print(bytes([b[i] ^ 0x20 for i in range(3)]), b"Hello"[1:4].upper())
msg = b"attack at dawn"
key = b"k3y"
enc = bytes([msg[i] ^ key[i % len(key)] for i in range(len(msg))])
print(enc, enc.hex())
dec = bytes([enc[i] ^ key[i % len(key)] for i in range(len(enc))])
print(dec, dec == msg)
print(b"abc" * 3, b"-".join([bytes([c]) for c in b"xyz"]), b"a\x00b".split(b"\x00"))
print(list(enumerate(b"hi")), b"hi"[0] == ord("h"), chr(b"hi"[1]))
