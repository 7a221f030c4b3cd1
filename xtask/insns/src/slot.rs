//! One vCPU's counting of calls ([`Slot`]): the call of a span open on it, the waits in the
//! kernel's lock slow paths inside that call, and the site (a function of the kernel named
//! with `site=`) each wait happened in, and what the closed calls of each span added up to in
//! the current phase. Plain logic over per-vCPU state, tested without QEMU; the plugin's
//! callbacks (in the crate root) call it.

use std::sync::atomic::{AtomicU64, Ordering};

/// vCPUs the span counting has slots for; a vCPU beyond them counts no calls.
pub const MAX_VCPUS: usize = 64;
/// Spans the plugin takes.
pub const MAX_SPANS: usize = 8;
/// Wait functions the plugin takes.
pub const MAX_WAITS: usize = 4;
/// Sites the plugin takes.
pub const MAX_SITES: usize = 8;
/// Sites open at once on one vCPU that are told apart; a wait inside one nested deeper is
/// given to the deepest of these.
const MAX_SITE_DEPTH: usize = 8;
/// The index of the waits in no site ("elsewhere") among a call's waits by site.
pub const ELSEWHERE: usize = MAX_SITES;

/// One guest function, by its address range: a span whose calls are counted
/// (`span=NAME:START:END`) or a site waits are told apart by (`site=NAME:START:END`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The name the output gives it.
    pub name: String,
    /// Its first instruction.
    pub start: u64,
    /// The first address past it.
    pub end: u64,
}

/// `NAME:START:END` (hex addresses, with or without `0x`), START below END, NAME one word.
pub fn parse_span(text: &str) -> Option<Span> {
    let (name, range) = text.split_once(':')?;
    let (start, end) = parse_range(range)?;
    (!name.is_empty() && !name.contains(char::is_whitespace)).then(|| Span {
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
/// count when it opened, the sites entered inside it, the wait open inside it, and the calls,
/// instructions and waited instructions (in all, and by site) each span closed this phase.
/// Only the vCPU's own thread writes it; the end mark reads every slot once the phase's work
/// is done.
pub struct Slot {
    /// The span index + 1 of the call open on this vCPU, 0 for none.
    open: AtomicU64,
    /// This vCPU's instruction count when the open call opened.
    opened_at: AtomicU64,
    /// How deep in wait functions this vCPU is inside the open call (0: not waiting).
    wait_depth: AtomicU64,
    /// This vCPU's instruction count when the outermost wait opened.
    wait_at: AtomicU64,
    /// The site the outermost wait opened in (an index of the call's waits by site).
    wait_site: AtomicU64,
    /// The instructions the open call executed in waits that closed, by site ([`ELSEWHERE`]:
    /// in none).
    waited_by_site: [AtomicU64; MAX_SITES + 1],
    /// The sites entered and not yet left inside the open call, innermost last (their
    /// indices; those past [`MAX_SITE_DEPTH`] only counted in `sites_open`).
    site_stack: [AtomicU64; MAX_SITE_DEPTH],
    /// How many sites are open.
    sites_open: AtomicU64,
    /// Calls closed per span this phase.
    calls: [AtomicU64; MAX_SPANS],
    /// Their instructions.
    insns: [AtomicU64; MAX_SPANS],
    /// The part of those instructions executed in wait functions.
    waits: [AtomicU64; MAX_SPANS],
    /// The same by site.
    site_waits: [[AtomicU64; MAX_SITES + 1]; MAX_SPANS],
}

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicU64 = AtomicU64::new(0);
#[allow(clippy::declare_interior_mutable_const)]
const BY_SITE: [AtomicU64; MAX_SITES + 1] = [ZERO; MAX_SITES + 1];
/// A slot with nothing open and nothing counted.
#[allow(clippy::declare_interior_mutable_const)]
pub const SLOT: Slot = Slot {
    open: ZERO,
    opened_at: ZERO,
    wait_depth: ZERO,
    wait_at: ZERO,
    wait_site: ZERO,
    waited_by_site: BY_SITE,
    site_stack: [ZERO; MAX_SITE_DEPTH],
    sites_open: ZERO,
    calls: [ZERO; MAX_SPANS],
    insns: [ZERO; MAX_SPANS],
    waits: [ZERO; MAX_SPANS],
    site_waits: [BY_SITE; MAX_SPANS],
};

/// What one span's closed calls added up to in a phase.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Taken {
    /// Calls closed.
    pub calls: u64,
    /// Their instructions.
    pub insns: u64,
    /// Of those, executed in wait functions.
    pub waited: u64,
    /// The same by site ([`ELSEWHERE`]: in none).
    pub by_site: [u64; MAX_SITES + 1],
}

impl Slot {
    /// A call of span `span` opens at this vCPU's count `now`.
    pub fn open_call(&self, span: usize, now: u64) {
        self.opened_at.store(now, Ordering::Relaxed);
        self.wait_depth.store(0, Ordering::Relaxed);
        for w in &self.waited_by_site {
            w.store(0, Ordering::Relaxed);
        }
        self.sites_open.store(0, Ordering::Relaxed);
        self.open.store(span as u64 + 1, Ordering::Relaxed);
    }

    /// Site `site`'s function is entered: inside an open call, it becomes the innermost site.
    pub fn enter_site(&self, site: usize) {
        if self.open.load(Ordering::Relaxed) == 0 {
            return;
        }
        let n = self.sites_open.fetch_add(1, Ordering::Relaxed) as usize;
        if let Some(s) = self.site_stack.get(n) {
            s.store(site as u64, Ordering::Relaxed);
        }
    }

    /// A `ret` inside site `site`'s function: the innermost open entry of that site closes,
    /// with any opened after it (left without their own `ret`).
    pub fn leave_site(&self, site: usize) {
        let n = self.sites_open.load(Ordering::Relaxed) as usize;
        if n > MAX_SITE_DEPTH {
            // The innermost is one not told apart.
            self.sites_open.store(n as u64 - 1, Ordering::Relaxed);
            return;
        }
        if let Some(i) =
            (0..n).rfind(|&i| self.site_stack[i].load(Ordering::Relaxed) == site as u64)
        {
            self.sites_open.store(i as u64, Ordering::Relaxed);
        }
    }

    /// The innermost site told apart (an index of the waits by site).
    fn innermost_site(&self) -> usize {
        match self.sites_open.load(Ordering::Relaxed) as usize {
            0 => ELSEWHERE,
            n => self.site_stack[n.min(MAX_SITE_DEPTH) - 1].load(Ordering::Relaxed) as usize,
        }
    }

    /// A wait function is entered at `now`: inside an open call, a wait opens in the
    /// innermost site (or goes one deeper); outside any, nothing.
    pub fn enter_wait(&self, now: u64) {
        if self.open.load(Ordering::Relaxed) == 0 {
            return;
        }
        if self.wait_depth.fetch_add(1, Ordering::Relaxed) == 0 {
            self.wait_at.store(now, Ordering::Relaxed);
            self.wait_site
                .store(self.innermost_site() as u64, Ordering::Relaxed);
        }
    }

    /// A wait function returns at `now`: the innermost wait closes, and the outermost adds
    /// what it executed to the open call's waited instructions, in all and for its site.
    pub fn leave_wait(&self, now: u64) {
        match self.wait_depth.load(Ordering::Relaxed) {
            0 => {}
            1 => {
                self.wait_depth.store(0, Ordering::Relaxed);
                let spent = now.saturating_sub(self.wait_at.load(Ordering::Relaxed));
                let site = self.wait_site.load(Ordering::Relaxed) as usize;
                if let Some(w) = self.waited_by_site.get(site) {
                    w.fetch_add(spent, Ordering::Relaxed);
                }
            }
            d => self.wait_depth.store(d - 1, Ordering::Relaxed),
        }
    }

    /// A `ret` of span `span` at `now`: the call open here closes, if it is that span's, and
    /// if `counting` (a phase is under way) its instructions and waits are added to the span's.
    pub fn close_call(&self, span: usize, now: u64, counting: bool) {
        if self.open.load(Ordering::Relaxed) != span as u64 + 1 {
            return;
        }
        self.open.store(0, Ordering::Relaxed);
        if counting {
            let spent = now.saturating_sub(self.opened_at.load(Ordering::Relaxed));
            // Waits close inside their call, so they never exceed it; a wait still open here
            // (its function left by a tail call) counts as the call's work.
            let waited = self
                .waited_by_site
                .iter()
                .map(|w| w.load(Ordering::Relaxed))
                .sum::<u64>()
                .min(spent);
            self.calls[span].fetch_add(1, Ordering::Relaxed);
            self.insns[span].fetch_add(spent, Ordering::Relaxed);
            self.waits[span].fetch_add(waited, Ordering::Relaxed);
            for (total, w) in self.site_waits[span].iter().zip(&self.waited_by_site) {
                total.fetch_add(w.load(Ordering::Relaxed), Ordering::Relaxed);
            }
        }
    }

    /// What span `span`'s calls closed on this vCPU added up to since the last take, cleared.
    pub fn take(&self, span: usize) -> Taken {
        let mut by_site = [0; MAX_SITES + 1];
        for (b, w) in by_site.iter_mut().zip(&self.site_waits[span]) {
            *b = w.swap(0, Ordering::Relaxed);
        }
        Taken {
            calls: self.calls[span].swap(0, Ordering::Relaxed),
            insns: self.insns[span].swap(0, Ordering::Relaxed),
            waited: self.waits[span].swap(0, Ordering::Relaxed),
            by_site,
        }
    }
}

/// The output lines of span `name`, with `t` summed over the vCPUs: `span NAME CALLS
/// INSTRUCTIONS WAITED`, then `wait NAME SITE INSTRUCTIONS` for each site its calls waited in
/// (`sites` names them by index; `elsewhere` for the waits in none). Nothing for no call.
pub fn span_lines(name: &str, t: &Taken, sites: &[Span]) -> String {
    if t.calls == 0 {
        return String::new();
    }
    let mut text = format!("span {name} {} {} {}\n", t.calls, t.insns, t.waited);
    for (i, &n) in t.by_site.iter().enumerate() {
        let site = match sites.get(i) {
            Some(s) => s.name.as_str(),
            None if i == ELSEWHERE => "elsewhere",
            None => continue,
        };
        if n > 0 {
            text.push_str(&format!("wait {name} {site} {n}\n"));
        }
    }
    text
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
        // No name, a name of two words, an end not past the start, a missing or extra field,
        // not hex.
        for bad in [
            ":1:2", "a b:1:2", "f:2:2", "f:3:2", "f:1", "f:1:2:3", "f:x:2",
        ] {
            assert_eq!(parse_span(bad), None, "{bad}");
        }
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
        // Taking clears; every wait of these calls was in no site.
        let t = slot.take(1);
        assert_eq!((t.calls, t.insns, t.waited), (2, 400, 120));
        assert_eq!(t.by_site[ELSEWHERE], 120);
        assert_eq!(slot.take(1), Taken::default());
    }

    #[test]
    fn waits_are_given_to_the_innermost_site() {
        let slot = SLOT;
        // Sites entered before a call opens are not tracked.
        slot.enter_site(3);
        // A call of span 0: a wait in site 2, then in site 5 entered inside site 2, then in
        // site 2 again after site 5 returned, then in none.
        slot.open_call(0, 0);
        slot.enter_site(2);
        slot.enter_wait(10);
        slot.leave_wait(20);
        slot.enter_site(5);
        slot.enter_wait(30);
        slot.leave_wait(60);
        slot.leave_site(5);
        slot.enter_wait(70);
        slot.leave_wait(71);
        slot.leave_site(2);
        slot.enter_wait(80);
        slot.leave_wait(84);
        // A `ret` of a site not open changes nothing.
        slot.leave_site(7);
        slot.close_call(0, 100, true);
        let t = slot.take(0);
        assert_eq!((t.calls, t.insns, t.waited), (1, 100, 45));
        assert_eq!(
            (t.by_site[2], t.by_site[5], t.by_site[ELSEWHERE]),
            (11, 30, 4)
        );
        // A site left without its own `ret` (by a tail call) closes with the site around it.
        slot.open_call(0, 200);
        slot.enter_site(1);
        slot.enter_site(4);
        slot.leave_site(1);
        slot.enter_wait(210);
        slot.leave_wait(215);
        // Sites nested past the depth told apart: their waits go to the deepest told apart,
        // and their `ret`s unwind them first.
        for _ in 0..MAX_SITE_DEPTH + 2 {
            slot.enter_site(6);
        }
        slot.enter_site(7);
        slot.enter_wait(220);
        slot.leave_wait(222);
        slot.leave_site(7);
        slot.close_call(0, 300, true);
        let t = slot.take(0);
        assert_eq!(
            (t.by_site[ELSEWHERE], t.by_site[6], t.by_site[7]),
            (5, 2, 0)
        );
        let names = |n: &str, a| Span {
            name: n.into(),
            start: a,
            end: a + 1,
        };
        let sites: Vec<Span> = (0..7).map(|i| names(&format!("s{i}"), i)).collect();
        let t = Taken {
            calls: 2,
            insns: 90,
            waited: 12,
            by_site: [0, 0, 2, 0, 0, 0, 0, 0, 10],
        };
        assert_eq!(
            span_lines("unmap", &t, &sites),
            "span unmap 2 90 12\nwait unmap s2 2\nwait unmap elsewhere 10\n"
        );
        assert_eq!(span_lines("map", &Taken::default(), &sites), "");
    }
}
