// A PID controller driving a simulated first-order plant (floats).
class Pid {
  constructor(kp, ki, kd) {
    this.kp = kp; this.ki = ki; this.kd = kd;
    this.integral = 0; this.last = 0;
  }
  step(error, dt) {
    this.integral += error * dt;
    const derivative = (error - this.last) / dt;
    this.last = error;
    return this.kp * error + this.ki * this.integral + this.kd * derivative;
  }
}
let checked = false;
function run() {
  const pid = new Pid(0.8, 0.2, 0.05);
  let temp = 20;
  const target = 65;
  for (let i = 0; i < 100; i++) {
    const power = pid.step(target - temp, 0.1);
    temp += (power - (temp - 20) * 0.1) * 0.1;
  }
  const r = (temp * 100) | 0;
  if (!checked) { checked = true; print('pid ' + r); }
  return r;
}
vmExport(0, run);
