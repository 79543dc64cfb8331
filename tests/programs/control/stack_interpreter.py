# Checks dispatch tables and if/elif chains for a tiny stack-based command interpreter.
program = """push 3
push 4
add
dup
mul
push 10
swap
sub
print
push 2
pow
print
jz 99
pop
print"""
stack = []
def run(lines):
    pc = 0
    steps = 0
    while pc < len(lines) and steps < 100:
        steps += 1
        parts = lines[pc].split()
        op = parts[0]
        if op == "push":
            stack.append(int(parts[1]))
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("add", "sub", "mul", "pow"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "pow": a ** b}[op])
        elif op == "print":
            print("top:", stack[-1] if stack else "<empty>", "stack:", stack)
        elif op == "jz":
            if stack and stack[-1] == 0:
                pc = int(parts[1])
                continue
        else:
            print("unknown op", op)
        pc += 1
    return steps
print("steps", run(program.splitlines()))
print("final", stack)
