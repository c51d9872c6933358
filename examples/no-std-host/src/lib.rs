//! mvm in `#![no_std]` firmware: the snapshot is embedded in flash with
//! `include_bytes!`, the board provides the script's imports, and
//! [`Firmware::on_press`] calls into the script.
#![no_std]
#![forbid(unsafe_code)]

use mvm_runtime::{Engine, Host, Settings, Value, Vm, VmError};

/// The snapshot `build.rs` compiled from `counter.js`.
pub static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/counter.mvm-bc"));

/// Import 1: the LED.
const SET_LED: u16 = 1;
/// Export 0: the button handler.
const ON_PRESS: u16 = 0;

/// What the script can reach of the hardware.
#[derive(Debug, Default)]
pub struct Board {
    pub led_on: bool,
}

impl Host for Board {
    fn has_import(&self, id: u16) -> bool {
        id == SET_LED
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        if id != SET_LED {
            return Err(VmError::UnresolvedImport(id));
        }
        self.led_on = vm.is_truthy(args.first().copied().unwrap_or(Value::FALSE));
        Ok(Value::UNDEFINED)
    }
}

/// The firmware: the board and the script's VM.
pub struct Firmware {
    pub board: Board,
    vm: Vm<'static>,
}

impl Firmware {
    /// Restores the script from flash.
    pub fn new() -> Result<Firmware, VmError> {
        let board = Board::default();
        let vm = Vm::restore(SNAPSHOT, &board, Settings::default())?;
        Ok(Firmware { board, vm })
    }

    /// The button was pressed: returns how many presses the script counted.
    pub fn on_press(&mut self) -> Result<i32, VmError> {
        let count = self.vm.call(&mut self.board, ON_PRESS, &[])?;
        Ok(count.as_int().map_or(-1, i32::from))
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    #[test]
    fn every_third_press_lights_the_led() {
        let mut fw = Firmware::new().unwrap();
        assert_eq!(fw.on_press(), Ok(1));
        assert!(!fw.board.led_on);
        fw.on_press().unwrap();
        assert_eq!(fw.on_press(), Ok(3));
        assert!(fw.board.led_on);
    }
}
