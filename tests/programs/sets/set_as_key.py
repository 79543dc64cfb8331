# Checks that a set used as a key of a set lookup is looked up as the equal frozenset.
print({1} in {frozenset({1})}, {2} in {frozenset({1})})
s = {frozenset({1}), 3}
s.discard({1}); print(s)
try: {1}.remove({5})
except KeyError as e: print("KeyError", e)
