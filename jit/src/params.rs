//! Every JIT tunable, in one table (in the manner of LuaJIT's `JIT_PARAMDEF`). Set from the command
//! line with `--jit-param name=value,...`; `--jit-threshold N` is a shorthand for `threshold=N`.

macro_rules! params {
    ($( $name:ident = $default:expr, $doc:literal; )*) => {
        /// The JIT's tunables (see the table in `params.rs`).
        #[derive(Clone, Debug)]
        pub struct Params { $( #[doc = $doc] pub $name: u64, )* }

        impl Default for Params {
            fn default() -> Params {
                Params { $( $name: $default, )* }
            }
        }

        impl Params {
            /// The names, defaults and descriptions of all parameters.
            pub const TABLE: &'static [(&'static str, u64, &'static str)] =
                &[ $( (stringify!($name), $default, $doc), )* ];

            /// Set one parameter by name.
            pub fn set(&mut self, name: &str, value: u64) -> Result<(), String> {
                match name {
                    $( stringify!($name) => { self.$name = value; Ok(()) } )*
                    _ => Err(format!("unknown JIT parameter '{name}'")),
                }
            }
        }
    };
}

params! {
    threshold = 200, "taken backward jumps before a loop is recorded (see docs/ARCHITECTURE.md for the measurement behind the default)";
    trace_limit = 2000, "most IR instructions in one trace before recording aborts";
    backoff = 32, "after an aborted recording, backward jumps to wait before trying that loop again";
    max_inline = 6, "most nested inlined calls in one trace";
    bridge_threshold = 10, "failures of one guard before a side trace (bridge) is recorded from it";
    max_aborts = 4, "aborted recordings of one loop before it is blacklisted";
    fault_rate = 0, "fault injection: one compiled guard check in this many fails on purpose (0 = off)";
    fault_seed = 12345, "fault injection: the random seed";
}

/// Parse `name=value,name=value` into `p`.
pub fn parse_into(p: &mut Params, spec: &str) -> Result<(), String> {
    for item in spec.split(',').filter(|s| !s.is_empty()) {
        let (name, value) = item
            .split_once('=')
            .ok_or_else(|| format!("JIT parameter '{item}' is not name=value"))?;
        let value: u64 = value.trim().parse().map_err(|_| {
            format!("JIT parameter '{name}' needs a non-negative integer, got '{value}'")
        })?;
        p.set(name.trim(), value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_sets_named_params_and_rejects_unknown_ones() {
        let mut p = Params::default();
        parse_into(&mut p, "threshold=7,fault_rate=3").unwrap();
        assert_eq!((p.threshold, p.fault_rate), (7, 3));
        assert!(parse_into(&mut p, "nope=1").is_err());
        assert!(parse_into(&mut p, "threshold").is_err());
        assert!(parse_into(&mut p, "threshold=-1").is_err());
    }
}
