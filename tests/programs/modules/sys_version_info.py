# Checks sys.version_info: named fields, tuple comparison and slicing.
import sys
v = sys.version_info
print(v.major, v.minor, v >= (3, 8), v[:2], tuple(v)[:3], v.releaselevel, len(v))
print(sys.version_info[0] == 3)
