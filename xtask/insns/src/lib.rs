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
//! QEMU loads the plugin with `-plugin PATH,out=FILE`. The few entry points it uses are those
//! of QEMU's plugin API version 2 and later (the installed QEMU 10.0 exports them); they are
//! declared here from the API's documented signatures.

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::fs::File;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

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

/// vCPUs the span counting has slots for; a vCPU beyond them counts no calls.
pub const MAX_VCPUS: usize = 64;
/// Spans the plugin takes.
pub const MAX_SPANS: usize = 8;
/// Wait functions the plugin takes.
pub const MAX_WAITS: usize = 4;

/// One guest function whose calls are counted (`span=NAME:START:END`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The name the output gives it.
    pub name: String,
    /// Its first instruction.
    pub start: u64,
    /// The first address past it.
    pub end: u64,
}

/// `NAME:START:END` (hex addresses, with or without `0x`), START below END.
pub fn parse_span(text: &str) -> Option<Span> {
    let (name, range) = text.split_once(':')?;
    let (start, end) = parse_range(range)?;
    (!name.is_empty()).then(|| Span {
        name: name.to_string(),
        start,
        end,
    })
}

/// `START:END` (hex addresses, with or without `0x`), START below END: a wait function.
pub fn parse_range(text: &str) -> Option<(u64, u64)> {
    let (a, b) = text.split_once(':')?;
    let hex = |t: &str| u64::from_str_radix(t.trim_start_matches("0x"), 16).ok();
    let (start, end) = (hex(a)?, hex(b)?);
    (start < end).then_some((start, end))
}

/// One vCPU's span state: the call it is in (span index + 1, 0 for none) and the instruction
/// count when it opened, the wait open inside it, and the calls, instructions and waited
/// instructions each span closed this phase. Only the vCPU's own thread writes it; the end
/// mark reads every slot once the phase's work is done.
struct Slot {
    /// The span index + 1 of the call open on this vCPU, 0 for none.
    open: AtomicU64,
    /// This vCPU's instruction count when that call opened.
    opened_at: AtomicU64,
    /// How deep in wait functions this vCPU is inside the open call (0: not waiting).
    wait_depth: AtomicU64,
    /// This vCPU's instruction count when the outermost wait opened.
    wait_at: AtomicU64,
    /// The instructions the open call executed in waits that closed.
    waited: AtomicU64,
    /// Calls closed per span this phase.
    calls: [AtomicU64; MAX_SPANS],
    /// Their instructions.
    insns: [AtomicU64; MAX_SPANS],
    /// The part of those instructions executed in wait functions.
    waits: [AtomicU64; MAX_SPANS],
}

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicU64 = AtomicU64::new(0);
#[allow(clippy::declare_interior_mutable_const)]
const SLOT: Slot = Slot {
    open: ZERO,
    opened_at: ZERO,
    wait_depth: ZERO,
    wait_at: ZERO,
    waited: ZERO,
    calls: [ZERO; MAX_SPANS],
    insns: [ZERO; MAX_SPANS],
    waits: [ZERO; MAX_SPANS],
};
static SLOTS: [Slot; MAX_VCPUS] = [SLOT; MAX_VCPUS];
/// The spans asked for, set once at installation.
static SPANS: OnceLock<Vec<Span>> = OnceLock::new();
/// The wait functions asked for (`wait=START:END`), set once at installation.
static WAITS: OnceLock<Vec<(u64, u64)>> = OnceLock::new();
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

/// `vcpu`'s instruction count so far.
fn now(vcpu: c_uint) -> u64 {
    // SAFETY: the scoreboard was created at installation and is never freed.
    unsafe { qemu_plugin_u64_get(counts(), vcpu) }
}

impl Slot {
    /// A call of span `span` opens at this vCPU's count `now`.
    fn open_call(&self, span: usize, now: u64) {
        self.opened_at.store(now, Ordering::Relaxed);
        self.wait_depth.store(0, Ordering::Relaxed);
        self.waited.store(0, Ordering::Relaxed);
        self.open.store(span as u64 + 1, Ordering::Relaxed);
    }

    /// A wait function is entered at `now`: inside an open call, a wait opens (or goes one
    /// deeper); outside any, nothing.
    fn enter_wait(&self, now: u64) {
        if self.open.load(Ordering::Relaxed) == 0 {
            return;
        }
        if self.wait_depth.fetch_add(1, Ordering::Relaxed) == 0 {
            self.wait_at.store(now, Ordering::Relaxed);
        }
    }

    /// A wait function returns at `now`: the innermost wait closes, and the outermost adds
    /// what it executed to the open call's waited instructions.
    fn leave_wait(&self, now: u64) {
        match self.wait_depth.load(Ordering::Relaxed) {
            0 => {}
            1 => {
                self.wait_depth.store(0, Ordering::Relaxed);
                let spent = now.saturating_sub(self.wait_at.load(Ordering::Relaxed));
                self.waited.fetch_add(spent, Ordering::Relaxed);
            }
            d => self.wait_depth.store(d - 1, Ordering::Relaxed),
        }
    }

    /// A `ret` of span `span` at `now`: the call open here closes, if it is that span's, and
    /// if `counting` (a phase is under way) its instructions and waits are added to the span's.
    fn close_call(&self, span: usize, now: u64, counting: bool) {
        if self.open.load(Ordering::Relaxed) != span as u64 + 1 {
            return;
        }
        self.open.store(0, Ordering::Relaxed);
        if counting {
            let spent = now.saturating_sub(self.opened_at.load(Ordering::Relaxed));
            // A wait still open here (its function left by a tail call) counts as the call's
            // work.
            let waited = self.waited.load(Ordering::Relaxed).min(spent);
            self.calls[span].fetch_add(1, Ordering::Relaxed);
            self.insns[span].fetch_add(spent, Ordering::Relaxed);
            self.waits[span].fetch_add(waited, Ordering::Relaxed);
        }
    }
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

/// A `ret` inside span `udata` executed on `vcpu` ([`Slot::close_call`]).
extern "C" fn on_span_ret(vcpu: c_uint, udata: *mut c_void) {
    if let Some(slot) = SLOTS.get(vcpu as usize) {
        slot.close_call(udata as usize, now(vcpu), IN_PHASE.load(Ordering::Relaxed));
    }
}

/// The `span NAME CALLS INSTRUCTIONS WAITED` lines of the phase that just ended (spans with
/// calls), every slot cleared for the next phase.
fn take_spans() -> String {
    let mut text = String::new();
    for (i, span) in spans().iter().enumerate() {
        let (mut calls, mut insns, mut waited) = (0, 0, 0);
        for slot in &SLOTS {
            calls += slot.calls[i].swap(0, Ordering::Relaxed);
            insns += slot.insns[i].swap(0, Ordering::Relaxed);
            waited += slot.waits[i].swap(0, Ordering::Relaxed);
        }
        if calls > 0 {
            text.push_str(&format!("span {} {calls} {insns} {waited}\n", span.name));
        }
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
            for &(start, end) in waits() {
                if at == start {
                    qemu_plugin_register_vcpu_insn_exec_cb(
                        insn,
                        on_wait_start,
                        CB_NO_REGS,
                        std::ptr::null_mut(),
                    );
                } else if word == RET && (start..end).contains(&at) {
                    qemu_plugin_register_vcpu_insn_exec_cb(
                        insn,
                        on_wait_ret,
                        CB_NO_REGS,
                        std::ptr::null_mut(),
                    );
                }
            }
            for (k, span) in spans().iter().enumerate() {
                if at == span.start {
                    qemu_plugin_register_vcpu_insn_exec_cb(
                        insn,
                        on_span_start,
                        CB_NO_REGS,
                        k as *mut c_void,
                    );
                } else if word == RET && (span.start..span.end).contains(&at) {
                    qemu_plugin_register_vcpu_insn_exec_cb(
                        insn,
                        on_span_ret,
                        CB_NO_REGS,
                        k as *mut c_void,
                    );
                }
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
    let (Ok(spans), Ok(waits)) = (spans, waits) else {
        return 1;
    };
    let _ = SPANS.set(spans);
    let _ = WAITS.set(waits);
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
    fn spans_parse() {
        assert_eq!(
            parse_span("map:ffff8000800843b4:0xffff800080084470"),
            Some(Span {
                name: "map".into(),
                start: 0xffff_8000_8008_43b4,
                end: 0xffff_8000_8008_4470
            })
        );
        // No name, an end not past the start, a missing or extra field, not hex.
        for bad in [":1:2", "f:2:2", "f:3:2", "f:1", "f:1:2:3", "f:x:2"] {
            assert_eq!(parse_span(bad), None, "{bad}");
        }
    }

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
    fn waits_inside_a_call_are_counted_apart() {
        let slot = SLOT;
        let read = |a: &[AtomicU64; MAX_SPANS], i: usize| a[i].load(Ordering::Relaxed);
        // Span 1's calls, instructions and waited instructions so far.
        let totals = || {
            (
                read(&slot.calls, 1),
                read(&slot.insns, 1),
                read(&slot.waits, 1),
            )
        };
        // Outside any call, a wait counts nothing.
        slot.enter_wait(5);
        slot.leave_wait(50);
        // A call of span 1 from 100 to 400 that waits from 150 to 250, and inside that wait
        // enters another (an interrupt's lock) from 160 to 170: one wait of 100.
        slot.open_call(1, 100);
        slot.enter_wait(150);
        slot.enter_wait(160);
        slot.leave_wait(170);
        slot.leave_wait(250);
        // A `ret` of another span closes nothing.
        slot.close_call(0, 300, true);
        slot.close_call(1, 400, true);
        assert_eq!(totals(), (1, 300, 100));
        assert_eq!(read(&slot.calls, 0), 0);
        // The next call starts with no wait; one left open (a tail call out of the wait
        // function) counts as work, and what it had closed before stays waited.
        slot.open_call(1, 1000);
        slot.enter_wait(1010);
        slot.leave_wait(1030);
        slot.enter_wait(1040);
        slot.close_call(1, 1100, true);
        assert_eq!(totals(), (2, 400, 120));
        // A call closed outside a phase counts nothing, and a second `ret` nothing more.
        slot.open_call(1, 2000);
        slot.close_call(1, 2100, false);
        slot.close_call(1, 2200, true);
        assert_eq!(read(&slot.calls, 1), 2);
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
