//! A desktop host for an mvm script: it restores the snapshot `build.rs`
//! made from `app.js`, provides the heater import, calls the exports, and
//! keeps a closure the script returned alive across collections.

use mvm_runtime::{Engine, Host, Settings, Value, Vm, VmError};

static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/app.mvm-bc"));

/// Import IDs this host provides.
const SET_HEATER: u16 = 10;
/// Export IDs the script provides.
const TICK: u16 = 1;
const MAKE_AVERAGER: u16 = 2;

/// The hardware, as far as the script can see it.
struct Thermostat {
    heater_on: bool,
    switches: u32,
}

impl Host for Thermostat {
    fn has_import(&self, id: u16) -> bool {
        id == SET_HEATER
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        match id {
            SET_HEATER => {
                let on = vm.is_truthy(args.first().copied().unwrap_or(Value::FALSE));
                if on != self.heater_on {
                    self.switches += 1;
                }
                self.heater_on = on;
                Ok(Value::UNDEFINED)
            }
            other => Err(VmError::UnresolvedImport(other)),
        }
    }
}

fn main() -> Result<(), VmError> {
    let mut host = Thermostat {
        heater_on: false,
        switches: 0,
    };
    let mut vm = Vm::restore(SNAPSHOT, &host, Settings::default())?;

    for (temperature, is_day) in [(19, true), (22, true), (16, false), (18, false)] {
        let heating = vm.call(
            &mut host,
            TICK,
            &[
                Value::int(temperature).unwrap_or(Value::UNDEFINED),
                Value::bool(is_day),
            ],
        )?;
        println!(
            "{temperature}°C, day: {is_day} -> heating: {}",
            heating == Value::TRUE
        );
    }
    println!("heater switched {} times", host.switches);

    // A closure the script made: the host keeps it in a handle, so
    // collections move it without the host noticing.
    let averager = vm.call(&mut host, MAKE_AVERAGER, &[])?;
    let averager = vm.new_handle(averager)?;
    for sample in [10, 20, 33] {
        vm.run_gc(true)?;
        let f = vm.handle_value(&averager);
        let average = vm.call_value(
            &mut host,
            f,
            &[Value::int(sample).unwrap_or(Value::UNDEFINED)],
        )?;
        println!("average so far: {}", vm.to_display_string(average));
    }
    vm.release(averager);
    let stats = vm.memory_stats();
    println!(
        "idle RAM: {} bytes ({} of heap)",
        stats.total, stats.heap_capacity
    );
    Ok(())
}
