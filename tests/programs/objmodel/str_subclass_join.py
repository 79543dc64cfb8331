# str.join must accept instances of str subclasses.

class Upper(str):
    def shout(self):
        return self.upper() + "!"

words = [Upper("alpha"), "beta", Upper("gamma")]
print(" ".join(words), "-".join([Upper("a")]), ",".join(Upper(w) for w in "xyz"))
print("".join([Upper("q")]).__class__.__name__)

out = []
for i in range(300):
    out.append(Upper("w%d" % (i % 10)))
print(len("|".join(out)))
