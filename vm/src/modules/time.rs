//! The `time` module (clocks and `sleep`).

use crate::builtins::{func, set};
use crate::interp::{PyResult, Vm};
use crate::objects::ObjRef;
use crate::objects::function::Args;
use crate::value::Value;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn perf_counter(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(epoch().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("sleep() takes exactly one argument (0 given)"));
    };
    let s = vm.to_f64(v).map_err(|_| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    crate::builtins::io::flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

pub fn make(vm: &mut Vm, d: &ObjRef) {
    let _ = epoch();
    set(vm, d, "time", func("time", "time", time));
    set(vm, d, "time_ns", func("time_ns", "time", time_ns));
    set(
        vm,
        d,
        "perf_counter",
        func("perf_counter", "time", perf_counter),
    );
    set(
        vm,
        d,
        "perf_counter_ns",
        func("perf_counter_ns", "time", perf_counter_ns),
    );
    set(vm, d, "monotonic", func("monotonic", "time", perf_counter));
    set(
        vm,
        d,
        "monotonic_ns",
        func("monotonic_ns", "time", perf_counter_ns),
    );
    set(
        vm,
        d,
        "process_time",
        func("process_time", "time", perf_counter),
    );
    set(vm, d, "sleep", func("sleep", "time", sleep));
}
