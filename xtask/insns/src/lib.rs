//! A QEMU TCG plugin that counts the guest instructions executed between marks a guest program
//! sets, so that `cargo xtask compare` can give the CPU work of a virtio-blk transfer in
//! instructions per MiB, beside its time.
//!
//! A mark is the AArch64 instruction `movz xzr, #N` (`0xd280001f | N << 5`): it writes the zero
//! register, so it changes nothing, and no compiler emits it; init (`xtask/kernel/init.c`)
//! executes one before and after each timed phase. Every translated block adds its count of
//! instructions to a per-vCPU counter when it is entered (an inline operation, no call); when a
//! mark executes, the plugin appends `mark N TOTAL` to the file given as `out=PATH`, `TOTAL`
//! being the sum over the vCPUs. Counting per block entered, an instruction of a block left
//! early (an exception, an interrupt taken between blocks is not one) is still counted: the
//! same for every driver measured.
//!
//! With `profile=FILE` as well, the plugin also counts, between a start mark (`#1`) and the next
//! end mark (`#2`), the instructions of each translated block by its first guest address, and
//! at the end mark appends the phase's [`PROFILE_ROWS`] busiest addresses to FILE (`phase K`,
//! then `ADDRESS INSTRUCTIONS` lines): a profile of the guest, to name with the kernel's
//! `System.map`. It calls into the plugin on every block executed, so QEMU runs several times
//! slower: a diagnostic, never part of a comparison.
//!
//! With `span=NAME:START:END` (any number of them; addresses in hex, as `System.map` gives a
//! function and the symbol after it), the plugin also counts the calls of the guest function
//! at `[START, END)` and the instructions they executed: a call opens on the vCPU that executes
//! the instruction at START and closes at that vCPU's next `ret` inside the range (a function
//! that leaves by a tail call is never closed, and counts no call). Interrupts taken inside a
//! call count with it; a call whose thread the guest moves to another vCPU midway is lost (its
//! `ret` finds no call open there), or, if the first vCPU later returns from the function
//! without entering it, counted with everything that vCPU did in between: rare (the call must
//! be preempted), and the same for every driver measured. At each end mark, every span that closed a call during the phase adds a
//! line `span NAME CALLS INSTRUCTIONS WAITED` after the `mark 2` line: the per-call cost of a
//! kernel function at any number of vCPUs, where time depends on how the host schedules them.
//! The state is per vCPU (each vCPU's thread touches only its own slot), so counting takes no
//! lock.
//!
//! `WAITED` is the part of `INSTRUCTIONS` executed inside the functions given as
//! `wait=START:END` (the kernel's lock slow paths, `queued_spin_lock_slowpath` and the like):
//! a vCPU that finds a lock held spins there, executing instructions for as long as the holder
//! keeps it, and under multi-threaded TCG that is as long as the host leaves the holder's
//! thread off a core. A wait opens on the vCPU of an open call when it enters such a function
//! and closes at that function's `ret`; one entered inside another (an interrupt's lock inside
//! a wait) is counted with the outer one.
//!
//! With `site=NAME:START:END` (functions of the kernel, any number up to [`MAX_SITES`]), each
//! wait is also given to the innermost site its vCPU was in when it opened (entered inside the
//! open call, not yet left by its `ret`; a site left by a tail call closes with the site around
//! it), and after each `span` line come `wait NAME SITE INSTRUCTIONS` lines, one per site the
//! span's calls waited in (`elsewhere` for the waits in none): which of the kernel's locks
//! the calls waited for, as far as the sites tell them apart.
//!
//! QEMU loads the plugin with `-plugin PATH,out=FILE`. The few entry points it uses are those
//! of QEMU's plugin API version 2 and later (the installed QEMU 10.0 exports them); they are
//! declared here from the API's documented signatures.

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::fs::File;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::{Mutex, OnceLock};

mod slot;

pub use slot::{
    parse_range, parse_span, span_lines, Slot, Span, Taken, ELSEWHERE, MAX_SITES, MAX_SPANS,
    MAX_VCPUS, MAX_WAITS, SLOT,
};

/// The plugin API version this plugin is written against (QEMU checks it on loading).
#[no_mangle]
pub static qemu_plugin_version: c_int = 2;

/// The marks' encoding: `movz xzr, #imm16` with no shift (`hw` = 0).
const MARK_BITS: u32 = 0xd280_001f;
/// The bits of a 32-bit word that are not the mark's 16-bit immediate.
const MARK_MASK: u32 = 0xffe0_001f;

/// The mark number of an instruction word, if it is a mark.
pub fn mark_of(word: u32) -> Option<u16> {
    (word & MARK_MASK == MARK_BITS).then_some(((word >> 5) & 0xffff) as u16)
}

/// QEMU's opaque translated block.
#[repr(C)]
struct Tb {
    _opaque: [u8; 0],
}

/// QEMU's opaque translated instruction.
#[repr(C)]
struct Insn {
    _opaque: [u8; 0],
}

/// QEMU's opaque per-vCPU storage.
#[repr(C)]
struct Scoreboard {
    _opaque: [u8; 0],
}

/// `qemu_plugin_u64`: one 64-bit entry of a scoreboard, at `offset` in each vCPU's element.
#[repr(C)]
#[derive(Clone, Copy)]
struct U64Entry {
    score: *mut Scoreboard,
    offset: usize,
}

/// `QEMU_PLUGIN_INLINE_ADD_U64` of `enum qemu_plugin_op`.
const INLINE_ADD_U64: c_int = 0;
/// `QEMU_PLUGIN_CB_NO_REGS` of `enum qemu_plugin_cb_flags`.
const CB_NO_REGS: c_int = 0;

type TbTransCb = extern "C" fn(id: u64, tb: *mut Tb);
type VcpuUdataCb = extern "C" fn(vcpu: c_uint, udata: *mut c_void);

extern "C" {
    fn qemu_plugin_register_vcpu_tb_trans_cb(id: u64, cb: TbTransCb);
    fn qemu_plugin_tb_n_insns(tb: *const Tb) -> usize;
    fn qemu_plugin_tb_vaddr(tb: *const Tb) -> u64;
    fn qemu_plugin_register_vcpu_tb_exec_cb(
        tb: *mut Tb,
        cb: VcpuUdataCb,
        flags: c_int,
        udata: *mut c_void,
    );
    fn qemu_plugin_tb_get_insn(tb: *const Tb, idx: usize) -> *mut Insn;
    fn qemu_plugin_insn_data(insn: *const Insn, dest: *mut c_void, len: usize) -> usize;
    fn qemu_plugin_insn_vaddr(insn: *const Insn) -> u64;
    fn qemu_plugin_register_vcpu_insn_exec_cb(
        insn: *mut Insn,
        cb: VcpuUdataCb,
        flags: c_int,
        udata: *mut c_void,
    );
    fn qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(
        tb: *mut Tb,
        op: c_int,
        entry: U64Entry,
        imm: u64,
    );
    fn qemu_plugin_scoreboard_new(element_size: usize) -> *mut Scoreboard;
    fn qemu_plugin_u64_sum(entry: U64Entry) -> u64;
    fn qemu_plugin_u64_get(entry: U64Entry, vcpu: c_uint) -> u64;
}

/// `ret` (to the link register), the one return the kernel's C functions compile to.
const RET: u32 = 0xd65f_03c0;

/// Each vCPU's counting of calls.
static SLOTS: [Slot; MAX_VCPUS] = [SLOT; MAX_VCPUS];
/// The spans asked for, set once at installation.
static SPANS: OnceLock<Vec<Span>> = OnceLock::new();
/// The wait functions asked for (`wait=START:END`), set once at installation.
static WAITS: OnceLock<Vec<(u64, u64)>> = OnceLock::new();
/// The sites asked for (`site=NAME:START:END`), set once at installation.
static SITES: OnceLock<Vec<Span>> = OnceLock::new();
/// Whether a phase is under way (between a start and an end mark): calls, and the profile's
/// blocks, count only then.
static IN_PHASE: AtomicBool = AtomicBool::new(false);

/// The spans asked for (none before installation).
fn spans() -> &'static [Span] {
    SPANS.get().map_or(&[], Vec::as_slice)
}

/// The wait functions asked for (none before installation).
fn waits() -> &'static [(u64, u64)] {
    WAITS.get().map_or(&[], Vec::as_slice)
}

/// The sites asked for (none before installation).
fn sites() -> &'static [Span] {
    SITES.get().map_or(&[], Vec::as_slice)
}

/// `vcpu`'s instruction count so far.
fn now(vcpu: c_uint) -> u64 {
    // SAFETY: the scoreboard was created at installation and is never freed.
    unsafe { qemu_plugin_u64_get(counts(), vcpu) }
}

/// A span's first instruction executed on `vcpu`: a call opens (`udata`: the span's index).
extern "C" fn on_span_start(vcpu: c_uint, udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.open_call(udata as usize, now(vcpu));
    }
}

/// A wait function's first instruction executed on `vcpu` ([`Slot::enter_wait`]).
extern "C" fn on_wait_start(vcpu: c_uint, _udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.enter_wait(now(vcpu));
    }
}

/// A `ret` inside a wait function executed on `vcpu` ([`Slot::leave_wait`]).
extern "C" fn on_wait_ret(vcpu: c_uint, _udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.leave_wait(now(vcpu));
    }
}

/// A site's first instruction executed on `vcpu` ([`Slot::enter_site`]; `udata`: the site's
/// index).
extern "C" fn on_site_start(vcpu: c_uint, udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.enter_site(udata as usize);
    }
}

/// A `ret` inside site `udata` executed on `vcpu` ([`Slot::leave_site`]).
extern "C" fn on_site_ret(vcpu: c_uint, udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.leave_site(udata as usize);
    }
}

/// A `ret` inside span `udata` executed on `vcpu` ([`Slot::close_call`]).
extern "C" fn on_span_ret(vcpu: c_uint, udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.close_call(udata as usize, now(vcpu), IN_PHASE.load(Ordering::Relaxed));
    }
}

/// The lines of the phase that just ended for every span with calls ([`span_lines`]), every
/// slot cleared for the next phase.
fn take_spans() -> String {
    let mut text = String::new();
    for (i, span) in spans().iter().enumerate() {
        let mut sum = Taken::default();
        for slot in &SLOTS {
            let t = slot.take(i);
            sum.calls += t.calls;
            sum.insns += t.insns;
            sum.waited += t.waited;
            for (s, n) in sum.by_site.iter_mut().zip(t.by_site) {
                *s += n;
            }
        }
        text.push_str(&span_lines(&span.name, &sum, sites()));
    }
    text
}

/// Rows of each phase's profile.
pub const PROFILE_ROWS: usize = 80;

/// The profile of the current phase (`profile=FILE`).
struct Profile {
    out: File,
    phases: u64,
    /// Instructions executed per block start address, this phase.
    counts: HashMap<u64, u64>,
}

/// The profile, when asked for.
static PROFILE: Mutex<Option<Profile>> = Mutex::new(None);

/// The `rows` addresses of `counts` with the most instructions, most first (ties by address).
pub fn busiest(counts: &HashMap<u64, u64>, rows: usize) -> Vec<(u64, u64)> {
    let mut v: Vec<(u64, u64)> = counts.iter().map(|(&a, &n)| (a, n)).collect();
    v.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    v.truncate(rows);
    v
}

/// A block executed (profile mode): `udata` is its leaked `(address, instructions)`.
extern "C" fn on_block(_vcpu: c_uint, udata: *mut c_void) {
    // SAFETY: `udata` is the `Box<(u64, u64)>` leaked for this block at its translation.
    let &(addr, n) = unsafe { &*(udata as *const (u64, u64)) };
    if !IN_PHASE.load(Ordering::Relaxed) {
        return;
    }
    if let Ok(mut p) = PROFILE.lock() {
        if let Some(p) = p.as_mut() {
            *p.counts.entry(addr).or_default() += n;
        }
    }
}

/// A mark executed (profile mode): a start clears the counts, the end of a phase under way
/// (`was_in_phase`) writes them out.
fn profile_mark(mark: usize, was_in_phase: bool) {
    let Ok(mut p) = PROFILE.lock() else {
        return;
    };
    let Some(p) = p.as_mut() else {
        return;
    };
    match mark {
        1 => p.counts.clear(),
        2 if was_in_phase => {
            p.phases += 1;
            let mut text = format!("phase {}\n", p.phases);
            for (a, n) in busiest(&p.counts, PROFILE_ROWS) {
                text.push_str(&format!("{a:#x} {n}\n"));
            }
            // A failed write loses this phase's profile only.
            let _ = p.out.write_all(text.as_bytes());
        }
        _ => {}
    }
}

/// The per-vCPU instruction counters (one `u64` each), created at installation.
static COUNTS: AtomicPtr<Scoreboard> = AtomicPtr::new(std::ptr::null_mut());
/// Where the marks go.
static OUT: Mutex<Option<File>> = Mutex::new(None);

fn counts() -> U64Entry {
    U64Entry {
        score: COUNTS.load(Ordering::Acquire),
        offset: 0,
    }
}

/// A mark executed: its number and the instructions counted so far, to the output file.
extern "C" fn on_mark(_vcpu: c_uint, udata: *mut c_void) {
    // SAFETY: the scoreboard was created at installation and is never freed.
    let total = unsafe { qemu_plugin_u64_sum(counts()) };
    let mark = udata as usize;
    let was_in_phase = IN_PHASE.swap(mark == 1, Ordering::Relaxed);
    let spans = if mark == 1 {
        String::new()
    } else {
        take_spans()
    };
    if let Ok(mut out) = OUT.lock() {
        if let Some(f) = out.as_mut() {
            // A failed write loses one mark; the reader then finds a phase without its end.
            let _ = write!(f, "mark {mark} {total}\n{spans}");
            let _ = f.flush();
        }
    }
    profile_mark(mark, was_in_phase);
}

/// A block translated: count its instructions when it is entered, and watch its marks.
extern "C" fn on_translate(_id: u64, tb: *mut Tb) {
    // SAFETY: `tb` is QEMU's block, valid for this callback; the instruction handles it gives
    // are used only within it, and each read is bounded by the 4 bytes of `word`.
    unsafe {
        let n = qemu_plugin_tb_n_insns(tb);
        qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(tb, INLINE_ADD_U64, counts(), n as u64);
        if PROFILE.lock().is_ok_and(|p| p.is_some()) {
            // Leaked: one pair per translation, as long-lived as the block may be.
            let block = Box::into_raw(Box::new((qemu_plugin_tb_vaddr(tb), n as u64)));
            qemu_plugin_register_vcpu_tb_exec_cb(tb, on_block, CB_NO_REGS, block.cast());
        }
        for i in 0..n {
            let insn = qemu_plugin_tb_get_insn(tb, i);
            let mut word = [0u8; 4];
            if qemu_plugin_insn_data(insn, word.as_mut_ptr().cast(), word.len()) != word.len() {
                continue;
            }
            let word = u32::from_le_bytes(word);
            if let Some(m) = mark_of(word) {
                qemu_plugin_register_vcpu_insn_exec_cb(
                    insn,
                    on_mark,
                    CB_NO_REGS,
                    usize::from(m) as *mut c_void,
                );
            }
            let at = qemu_plugin_insn_vaddr(insn);
            // A function's entry and its `ret`s, with `udata` for the callbacks.
            let watch = |(start, end): (u64, u64), entered: VcpuUdataCb, returned, udata| {
                let cb = if at == start {
                    Some(entered)
                } else if word == RET && (start..end).contains(&at) {
                    Some(returned)
                } else {
                    None
                };
                if let Some(cb) = cb {
                    qemu_plugin_register_vcpu_insn_exec_cb(insn, cb, CB_NO_REGS, udata);
                }
            };
            for &range in waits() {
                watch(range, on_wait_start, on_wait_ret, std::ptr::null_mut());
            }
            for (k, site) in sites().iter().enumerate() {
                let range = (site.start, site.end);
                watch(range, on_site_start, on_site_ret, k as *mut c_void);
            }
            for (k, span) in spans().iter().enumerate() {
                let range = (span.start, span.end);
                watch(range, on_span_start, on_span_ret, k as *mut c_void);
            }
        }
    }
}

/// The value of `key=` among the plugin's arguments.
fn argument<'a>(args: &[&'a str], key: &str) -> Option<&'a str> {
    args.iter()
        .find_map(|a| a.strip_prefix(key)?.strip_prefix('='))
}

/// Every `KEY=` argument parsed by `parse` (at most `max`); `Err` once one does not parse (as
/// `form` says it should) or there are too many, each said on stderr.
fn every<T>(
    args: &[&str],
    key: &str,
    form: &str,
    max: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Vec<T>, ()> {
    let mut out = Vec::new();
    for text in args
        .iter()
        .filter_map(|a| a.strip_prefix(key)?.strip_prefix('='))
    {
        match parse(text) {
            Some(v) if out.len() < max => out.push(v),
            Some(_) => {
                eprintln!("iommugen-insns: more than {max} {key}= arguments");
                return Err(());
            }
            None => {
                eprintln!("iommugen-insns: {key}={text} is not {form} (hex, START < END)");
                return Err(());
            }
        }
    }
    Ok(out)
}

/// Called by QEMU on loading: opens `out=PATH` and registers the translation callback.
///
/// # Safety
///
/// QEMU passes `argc` valid C strings in `argv`, alive as long as the plugin.
#[no_mangle]
pub unsafe extern "C" fn qemu_plugin_install(
    id: u64,
    _info: *const c_void,
    argc: c_int,
    argv: *const *const c_char,
) -> c_int {
    let args: Vec<&str> = (0..usize::try_from(argc).unwrap_or(0))
        // SAFETY: per this function's contract.
        .filter_map(|i| unsafe { CStr::from_ptr(*argv.add(i)) }.to_str().ok())
        .collect();
    let Some(path) = argument(&args, "out") else {
        eprintln!("iommugen-insns: no out=PATH argument");
        return 1;
    };
    match File::create(path) {
        Ok(f) => *OUT.lock().unwrap_or_else(|e| e.into_inner()) = Some(f),
        Err(e) => {
            eprintln!("iommugen-insns: cannot create {path}: {e}");
            return 1;
        }
    }
    let spans = every(&args, "span", "NAME:START:END", MAX_SPANS, parse_span);
    let waits = every(&args, "wait", "START:END", MAX_WAITS, parse_range);
    let sites = every(&args, "site", "NAME:START:END", MAX_SITES, parse_span);
    let (Ok(spans), Ok(waits), Ok(sites)) = (spans, waits, sites) else {
        return 1;
    };
    let _ = SPANS.set(spans);
    let _ = WAITS.set(waits);
    let _ = SITES.set(sites);
    if let Some(path) = argument(&args, "profile") {
        match File::create(path) {
            Ok(out) => {
                *PROFILE.lock().unwrap_or_else(|e| e.into_inner()) = Some(Profile {
                    out,
                    phases: 0,
                    counts: HashMap::new(),
                })
            }
            Err(e) => {
                eprintln!("iommugen-insns: cannot create {path}: {e}");
                return 1;
            }
        }
    }
    // SAFETY: plain calls into the API QEMU is loading this plugin with.
    unsafe {
        let score = qemu_plugin_scoreboard_new(std::mem::size_of::<u64>());
        if score.is_null() {
            eprintln!("iommugen-insns: no scoreboard");
            return 1;
        }
        COUNTS.store(score, Ordering::Release);
        qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_movz_to_the_zero_register() {
        // `movz xzr, #1` and `movz xzr, #0xffff` as the assembler encodes them.
        assert_eq!(mark_of(0xd280_003f), Some(1));
        assert_eq!(mark_of(0xd29f_ffff), Some(0xffff));
        // `movz x0, #1` (another register), `movz xzr, #1, lsl #16` (shifted), `movz wzr, #1`
        // (32-bit), `nop`.
        for w in [0xd280_0020, 0xd2a0_003f, 0x5280_003f, 0xd503_201f] {
            assert_eq!(mark_of(w), None, "{w:#x}");
        }
    }

    #[test]
    fn the_busiest_blocks_come_first() {
        let counts = HashMap::from([(0x10, 5), (0x20, 50), (0x30, 5), (0x40, 7)]);
        assert_eq!(busiest(&counts, 3), [(0x20, 50), (0x40, 7), (0x10, 5)]);
        assert_eq!(busiest(&counts, 9).len(), 4);
    }

    #[test]
    fn spans_and_waits_are_arguments() {
        let args = ["out=/f", "span=map:10:20", "wait=30:40", "wait=50:60"];
        let waits = every(&args, "wait", "START:END", 2, parse_range);
        assert_eq!(waits, Ok(vec![(0x30, 0x40), (0x50, 0x60)]));
        assert_eq!(
            every(&args, "span", "NAME:START:END", 8, parse_span).map(|s| s.len()),
            Ok(1)
        );
        // Too many, or one that does not parse.
        assert!(every(&args, "wait", "START:END", 1, |_| Some(())).is_err());
        assert!(every(&["wait=40:30"], "wait", "START:END", 4, parse_range).is_err());
    }

    #[test]
    fn the_output_file_is_an_argument() {
        assert_eq!(argument(&["x=1", "out=/tmp/f"], "out"), Some("/tmp/f"));
        assert_eq!(argument(&["outer=1"], "out"), None);
    }
}
