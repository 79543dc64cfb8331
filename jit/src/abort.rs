//! Why a recording was abandoned: one table of reasons, counted by `--jit-stats`.

macro_rules! aborts {
    ($( $name:ident, $text:literal; )*) => {
        /// A reason for abandoning a trace recording.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Abort { $( $name, )* }

        impl Abort {
            pub const ALL: &'static [Abort] = &[ $( Abort::$name, )* ];
            /// The reason as `--jit-stats` and `PYJIT_LOG=abort` print it.
            pub fn text(self) -> &'static str {
                match self { $( Abort::$name => $text, )* }
            }
        }
    };
}

aborts! {
    UnsupportedOp, "opcode not supported by the recorder";
    UnsupportedType, "operand type not supported by the recorder";
    UnsupportedConst, "constant of an unsupported type";
    InnerLoop, "inner loop inside the trace";
    LoopExit, "the loop exited while it was being recorded";
    LeftFrame, "left the loop's frame (call, return or yield)";
    TraceTooLong, "trace too long";
    TypeUnstable, "loop-carried value changes type";
    Exception, "exception raised while recording";
    StackMismatch, "value stack differs when the loop closes";
    CompileError, "backend failed to compile the trace";
    UnsupportedCall, "call of something the recorder cannot inline or call";
    InlineTooDeep, "inlined calls nested too deeply (recursion?)";
    UnboundLocal, "read of an unbound local";
    UnsupportedGlobal, "global not found in the globals or builtins dict";
    BridgeEnd, "a side trace left its loop without rejoining it";
    UnsupportedAttr, "attribute access the recorder cannot specialise (not a plain instance's slot, class attribute or method)";
}
