//! Running one child process: whole-process wall time, peak RSS (from `wait4`'s rusage), its
//! output, and a timeout that kills it.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What one run of one engine on one program gave.
pub struct Sample {
    /// Wall time from spawn to exit, in seconds.
    pub wall: f64,
    /// Peak resident set size, in KiB (`ru_maxrss`).
    pub rss_kb: u64,
    /// Exit status (`None`: killed by a signal, or by the timeout).
    pub status: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to completion with stdout and stderr sent to files in `scratch` (so a chatty child
/// never blocks on a full pipe), killing it after `timeout`.
pub fn run(cmd: &mut Command, scratch: &Path, timeout: Duration) -> std::io::Result<Sample> {
    let out_path = scratch.join("stdout.txt");
    let err_path = scratch.join("stderr.txt");
    cmd.stdin(Stdio::null())
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    let t0 = Instant::now();
    let child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let (tx, rx) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if rx.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            // SAFETY: the child has not been reaped yet (the main thread reaps it only after
            // joining this thread), so `pid` still names our child, possibly a zombie.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        false
    });
    wait_exited(pid)?;
    let wall = t0.elapsed().as_secs_f64();
    let _ = tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let (status, rss_kb) = reap(pid)?;
    drop(child);
    let mut stdout = String::new();
    File::open(&out_path)?.read_to_string(&mut stdout)?;
    let mut stderr = String::new();
    File::open(&err_path)?.read_to_string(&mut stderr)?;
    Ok(Sample {
        wall,
        rss_kb,
        status,
        timed_out,
        stdout,
        stderr,
    })
}

/// Blocks until child `pid` has exited, leaving it unreaped (a zombie) so its pid stays ours.
fn wait_exited(pid: libc::pid_t) -> std::io::Result<()> {
    loop {
        // SAFETY: all-zero is a valid `siginfo_t` (a plain C struct of integers).
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid out-pointer; `pid` is our own child.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Reaps the exited child `pid`: its exit status and peak RSS in KiB.
fn reap(pid: libc::pid_t) -> std::io::Result<(Option<i32>, u64)> {
    let mut status: libc::c_int = 0;
    // SAFETY: all-zero is a valid `rusage` (a plain C struct of integers).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `status` and `usage` are valid out-pointers; `pid` is our exited child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Ok((code, usage.ru_maxrss.max(0) as u64))
}
