# Checks that slices produce copies for lists, and identity behaviour for nested elements.
orig = [[1], [2], [3]]
part = orig[1:]
part.append([4])
part[0].append(22)
print(orig, part)
rev = orig[::-1]
rev[0][0] = "mutated"
print(orig, rev)
whole = orig[:]
print(whole == orig, whole is orig, whole[0] is orig[0])
s = "immutable"
print(s[:] == s, s[2:5], s[::-1][::-1] == s)
t = (1, 2, 3)
print(t[:] == t, t[1:] + t[:1])
nums = list(range(6))
evens = nums[::2]
evens[0] = 100
print(nums, evens)
nums[::2] = [e * 10 for e in evens]
print(nums)
