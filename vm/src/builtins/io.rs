//! Console output. stdout is buffered (flushed on `print(flush=True)`, before reading stdin, before
//! writing to stderr, and at exit); stderr is unbuffered, as in CPython.

use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static STDOUT: RefCell<std::io::BufWriter<std::io::Stdout>> =
        RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

pub fn write_stdout(s: &str) {
    STDOUT.with(|o| {
        let _ = o.borrow_mut().write_all(s.as_bytes());
    });
}

pub fn flush_stdout() {
    STDOUT.with(|o| {
        let _ = o.borrow_mut().flush();
    });
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}
