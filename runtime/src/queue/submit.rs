//! Submission: the command queue engine's steps ([`CommandQueue::insert`],
//! [`CommandQueue::look`], [`CommandQueue::has_room`]) strung together into one bounded
//! submission, the queue locked only for each step and every wait made with no lock held; on a
//! shared queue with a [`Doorbell`](super::doorbell::Doorbell), the looks at the consumer
//! register take no lock either ([`look_unlocked`]).

use core::iter::Peekable;

use super::super::error::{Error, Result};
use super::super::hal::Clock;
use super::super::poll::poll;
use super::super::shared::Guarded;
use super::command::{CommandArch, CommandQueue, Inserted, Ticket};
use super::doorbell::{look_unlocked, Look};

/// Looks with no lock that find the consumer before a batch's end between two looks under the
/// lock: a waiter that was not running while the queue made a whole lap past its batch reads
/// the register as before it, and the look under the lock (which counts commands in 64 bits)
/// tells.
const ASK_EVERY: u32 = 16;

/// Writes `commands` through `queue` in batches of at most
/// [`MAX_BATCH`](super::command::MAX_BATCH), each closed by a completion command, and waits for
/// each batch's completion. The queue is locked only to write a batch (with a first look in
/// the same hold) and for each further look; a shared queue ([`Guarded::unlocked`]) only to
/// write a batch and for the looks its registers cannot answer (a command stopped on, a
/// consumer the protocol cannot place). Between looks `clock` waits with no lock held
/// (each wait bounded by the queue's deadline; a full ring is waited for, bounded the same
/// way). A command that cannot be built ends the submission after the batch before it
/// completed, with its error; otherwise the first command the IOMMU rejected is returned as
/// [`Error::CommandError`] after every batch completed. A stopped queue returns at once.
#[inline]
pub fn submit<C, A, Q>(
    clock: &C,
    queue: &mut Q,
    commands: impl IntoIterator<Item = Result<A::Command>>,
) -> Result<()>
where
    C: Clock,
    A: CommandArch,
    Q: Guarded<C, CommandQueue<A>>,
{
    let mut commands: Peekable<_> = commands.into_iter().peekable();
    let mut rejected = Ok(());
    // When this submission first found the ring full: room waits share one deadline.
    let mut full_since = None;
    loop {
        // The first look is taken in the same hold as the write: an IOMMU that consumes
        // commands as the producer index is written (an emulated one does) has already
        // answered, and a waiter then takes the lock once per batch instead of twice. A
        // shared queue's producer register is written after the hold, and its first look
        // takes no lock.
        let shared = <Q as Guarded<C, CommandQueue<A>>>::unlocked(queue).is_some();
        let (inserted, first_look) = queue.with(clock, |h, q: &mut CommandQueue<A>| {
            let inserted = q.insert(h, &mut commands);
            let look = match inserted {
                Inserted::Batch(ticket, _) if !shared => q.look(h, ticket),
                Inserted::Batch(..) | Inserted::Stopped | Inserted::Full { .. } => None,
            };
            (inserted, look)
        });
        let (ticket, built) = match inserted {
            Inserted::Stopped => return rejected,
            Inserted::Full { timeout_us } => {
                let since = *full_since.get_or_insert_with(|| clock.now_ns());
                let left = timeout_us.saturating_sub(clock.now_ns().saturating_sub(since) / 1000);
                let room = poll(clock, A::ROOM, left, || {
                    queue.with(clock, |h, q: &mut CommandQueue<A>| q.has_room(h))
                });
                match room {
                    Ok(r) => r?,
                    Err(e) => {
                        queue.with(clock, |h, q: &mut CommandQueue<A>| q.timed_out(h))?;
                        return Err(e);
                    }
                }
                continue;
            }
            Inserted::Batch(ticket, built) => (ticket, built),
        };
        let done = match first_look {
            Some(r) => Ok(r),
            None => wait(clock, queue, ticket),
        };
        match done {
            Ok(Ok(())) => {}
            Ok(Err(e @ Error::CommandError { .. })) => {
                if rejected.is_ok() {
                    rejected = Err(e);
                }
            }
            Ok(Err(e)) => return Err(e),
            Err(e) => {
                queue.with(clock, |h, q: &mut CommandQueue<A>| q.timed_out(h))?;
                return Err(e);
            }
        }
        built?;
        if commands.peek().is_none() {
            return rejected;
        }
    }
}

/// Waits for the batch of `ticket`, bounded by its deadline: looks with no lock while the
/// queue's registers can answer ([`look_unlocked`]), under the lock otherwise and every
/// [`ASK_EVERY`] looks that find the batch pending ([`look_ringing`]).
fn wait<C, A, Q>(clock: &C, queue: &mut Q, ticket: Ticket) -> Result<Result<()>>
where
    C: Clock,
    A: CommandArch,
    Q: Guarded<C, CommandQueue<A>>,
{
    // The first look comes before the clock is read: an IOMMU that consumes commands as the
    // producer register is written (an emulated one does) has answered by the time the
    // doorbell's write returned. Pending, it counts as the poll's first look, which waits.
    let mut pending = 0u32;
    let mut waited = true;
    match look_ringing::<C, A, Q>(queue, &ticket) {
        Some(Look::Complete) => return Ok(Ok(())),
        Some(Look::Pending) => (pending, waited) = (1, false),
        Some(Look::Ask) | None => {}
    }
    poll(clock, A::WAIT, ticket.timeout_us, || {
        if !core::mem::replace(&mut waited, true) {
            return None;
        }
        match look_ringing::<C, A, Q>(queue, &ticket) {
            Some(Look::Complete) => return Some(Ok(())),
            Some(Look::Pending) => {
                pending = pending.wrapping_add(1);
                if !pending.is_multiple_of(ASK_EVERY) {
                    return None;
                }
            }
            Some(Look::Ask) | None => {}
        }
        queue.with(clock, |h, q: &mut CommandQueue<A>| q.look(h, ticket))
    })
}

/// A look at the batch of `ticket` with no lock, if `queue` is shared (`None` if not): one
/// that finds it pending rings the doorbell ([`Guarded::ring`]), for a batch recorded while
/// another CPU was writing the producer register.
fn look_ringing<C, A, Q>(queue: &Q, ticket: &Ticket) -> Option<Look>
where
    C: Clock,
    A: CommandArch,
    Q: Guarded<C, CommandQueue<A>>,
{
    let u = <Q as Guarded<C, CommandQueue<A>>>::unlocked(queue)?;
    let look = look_unlocked::<A>(u, ticket);
    if look == Look::Pending {
        <Q as Guarded<C, CommandQueue<A>>>::ring(queue);
    }
    Some(look)
}
