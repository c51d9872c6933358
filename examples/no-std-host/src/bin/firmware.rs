//! Proof that the runtime links into a freestanding binary: no standard
//! library, no C runtime start files, our own panic handler and allocator.
//! CI links it (see `cargo xtask ci`); it is not meant to run on the host.
#![no_std]
#![no_main]

extern crate alloc;

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::panic::PanicInfo;
use core::sync::atomic::{AtomicUsize, Ordering};

/// A bump allocator over a static arena, as small firmware often has.
struct Arena {
    memory: UnsafeCell<[u8; 16 * 1024]>,
    used: AtomicUsize,
}

// SAFETY: allocation hands out disjoint ranges, claimed atomically.
unsafe impl Sync for Arena {}

unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let base = self.memory.get() as usize;
        let mut used = self.used.load(Ordering::Relaxed);
        loop {
            let start = (base + used).next_multiple_of(layout.align()) - base;
            let end = start + layout.size();
            if end > 16 * 1024 {
                return core::ptr::null_mut();
            }
            match self
                .used
                .compare_exchange(used, end, Ordering::Relaxed, Ordering::Relaxed)
            {
                // SAFETY: start..end lies inside the arena and is ours alone.
                Ok(_) => return unsafe { (self.memory.get() as *mut u8).add(start) },
                Err(now) => used = now,
            }
        }
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static ARENA: Arena = Arena {
    memory: UnsafeCell::new([0; 16 * 1024]),
    used: AtomicUsize::new(0),
};

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    loop {}
}

/// The libraries were built for unwinding; this binary aborts on panic, so
/// the personality routine they name is never called.
#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {}

/// Likewise for resuming an unwind.
#[unsafe(no_mangle)]
pub extern "C" fn _Unwind_Resume() -> ! {
    loop {}
}

/// The entry point a bare-metal start-up routine would call.
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    if let Ok(mut firmware) = no_std_host::Firmware::new() {
        let _ = firmware.on_press();
    }
    loop {}
}
