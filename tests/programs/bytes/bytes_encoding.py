# Checks manual UTF-8 byte inspection, ord/chr boundaries, and encoded lengths per code point.
for ch in ["A", "é", "€", "😀", "\x7f", "\x80", "\u07ff", "\u0800", "\uffff", "\U00010000"]:
    enc = ch.encode("utf-8")
    print(repr(ch), hex(ord(ch)), len(enc), list(enc), enc.hex())
text = "Grüße, 世界!"
raw = text.encode()
print(len(text), len(raw), raw[:8], raw.decode()[:3])
count = 0
for byte in raw:
    if byte & 0xC0 != 0x80:
        count += 1
print("code points counted from bytes:", count)
print(bytes([0xE2, 0x82, 0xAC]).decode(), b"caf\xc3\xa9".decode(), "\N{SNOWMAN}".encode())
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) % 1000003
print("checksum", checksum)
