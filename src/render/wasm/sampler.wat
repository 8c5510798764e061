;; Joy's bilinear sampler for axis-aligned maps (zoom and pan without rotation), in fixed point.
;; Same arithmetic as sampleAxisAligned in ../sampler.ts: the vertical blend of two source rows runs
;; eight pixels at a time (SIMD), the horizontal resample is a tight scalar loop.
;;
;; dst(i, j) = src(a·i + c, e·j + f), bilinear, clamped to the source; src is `sw`×`sh` bytes at $src,
;; dst `dw`×`dh` bytes at $dst. $line needs 2·sw + 32 bytes of scratch, $cols 8·dw bytes.
(module
  (import "env" "memory" (memory 1))
  (func (export "sampleAxis")
    (param $src i32) (param $sw i32) (param $sh i32)
    (param $dst i32) (param $dw i32) (param $dh i32)
    (param $a f64) (param $c f64) (param $e f64) (param $f f64)
    (param $line i32) (param $cols i32)
    (local $i i32) (local $j i32) (local $x i32) (local $maxX i32) (local $maxY i32)
    (local $s0 i32) (local $s1 i32) (local $ix i32) (local $iy i32) (local $w i32)
    (local $r0 i32) (local $r1 i32) (local $out i32) (local $p i32) (local $l i32)
    (local $pos f64) (local $w0 v128) (local $w1 v128)
    (local.set $maxX (i32.sub (local.get $sw) (i32.const 1)))
    (local.set $maxY (i32.sub (local.get $sh) (i32.const 1)))
    (local.set $s0 (local.get $sw))
    (local.set $s1 (i32.const 0))
    ;; Column table: byte offset into the line buffer and weight 0–256.
    (local.set $i (i32.const 0))
    (block $cols_done
      (loop $cols_loop
        (br_if $cols_done (i32.ge_s (local.get $i) (local.get $dw)))
        (local.set $pos (f64.add (f64.mul (local.get $a) (f64.convert_i32_s (local.get $i))) (local.get $c)))
        (local.set $pos (f64.max (f64.const 0) (f64.min (local.get $pos) (f64.convert_i32_s (local.get $maxX)))))
        (local.set $ix (i32.trunc_f64_s (local.get $pos)))
        (local.set $w (i32.trunc_f64_s (f64.add (f64.mul (f64.sub (local.get $pos) (f64.convert_i32_s (local.get $ix))) (f64.const 256)) (f64.const 0.5))))
        (if (i32.ge_s (local.get $ix) (local.get $maxX))
          (then
            (local.set $ix (select (i32.sub (local.get $maxX) (i32.const 1)) (i32.const 0) (i32.gt_s (local.get $maxX) (i32.const 0))))
            (local.set $w (select (i32.const 256) (i32.const 0) (i32.gt_s (local.get $maxX) (i32.const 0))))))
        (if (i32.lt_s (local.get $ix) (local.get $s0)) (then (local.set $s0 (local.get $ix))))
        (if (i32.gt_s (local.get $ix) (local.get $s1)) (then (local.set $s1 (local.get $ix))))
        (i32.store (i32.add (local.get $cols) (i32.shl (local.get $i) (i32.const 3))) (i32.shl (local.get $ix) (i32.const 1)))
        (i32.store offset=4 (i32.add (local.get $cols) (i32.shl (local.get $i) (i32.const 3))) (local.get $w))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cols_loop)))
    (if (i32.lt_s (local.get $s1) (local.get $maxX)) (then (local.set $s1 (i32.add (local.get $s1) (i32.const 1)))))
    (local.set $j (i32.const 0))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_s (local.get $j) (local.get $dh)))
        (local.set $pos (f64.add (f64.mul (local.get $e) (f64.convert_i32_s (local.get $j))) (local.get $f)))
        (local.set $pos (f64.max (f64.const 0) (f64.min (local.get $pos) (f64.convert_i32_s (local.get $maxY)))))
        (local.set $iy (i32.trunc_f64_s (local.get $pos)))
        (local.set $w (i32.trunc_f64_s (f64.add (f64.mul (f64.sub (local.get $pos) (f64.convert_i32_s (local.get $iy))) (f64.const 256)) (f64.const 0.5))))
        (if (i32.ge_s (local.get $iy) (local.get $maxY))
          (then
            (local.set $iy (select (i32.sub (local.get $maxY) (i32.const 1)) (i32.const 0) (i32.gt_s (local.get $maxY) (i32.const 0))))
            (local.set $w (select (i32.const 256) (i32.const 0) (i32.gt_s (local.get $maxY) (i32.const 0))))))
        (local.set $r0 (i32.add (local.get $src) (i32.mul (local.get $iy) (local.get $sw))))
        (local.set $r1 (select (i32.add (local.get $r0) (local.get $sw)) (local.get $r0) (i32.gt_s (local.get $maxY) (i32.const 0))))
        (local.set $w0 (i16x8.splat (i32.sub (i32.const 256) (local.get $w))))
        (local.set $w1 (i16x8.splat (local.get $w)))
        ;; Vertical pass, eight columns per step: line = row0·(256−wy) + row1·wy (fits 16 bits unsigned).
        (local.set $x (local.get $s0))
        (block $v_done
          (loop $v_loop
            (br_if $v_done (i32.gt_s (local.get $x) (local.get $s1)))
            (v128.store
              (i32.add (local.get $line) (i32.shl (local.get $x) (i32.const 1)))
              (i16x8.add
                (i16x8.mul (v128.load8x8_u (i32.add (local.get $r0) (local.get $x))) (local.get $w0))
                (i16x8.mul (v128.load8x8_u (i32.add (local.get $r1) (local.get $x))) (local.get $w1))))
            (local.set $x (i32.add (local.get $x) (i32.const 8)))
            (br $v_loop)))
        ;; Horizontal pass.
        (local.set $out (i32.add (local.get $dst) (i32.mul (local.get $j) (local.get $dw))))
        (local.set $i (i32.const 0))
        (block $h_done
          (loop $h_loop
            (br_if $h_done (i32.ge_s (local.get $i) (local.get $dw)))
            (local.set $p (i32.add (local.get $cols) (i32.shl (local.get $i) (i32.const 3))))
            (local.set $ix (i32.add (local.get $line) (i32.load (local.get $p))))
            (local.set $l (i32.load16_u (local.get $ix)))
            (i32.store8
              (i32.add (local.get $out) (local.get $i))
              (i32.shr_s
                (i32.add
                  (i32.add (i32.shl (local.get $l) (i32.const 8))
                           (i32.mul (i32.sub (i32.load16_u offset=2 (local.get $ix)) (local.get $l)) (i32.load offset=4 (local.get $p))))
                  (i32.const 32768))
                (i32.const 16)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $h_loop)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rows_loop)))
  )
)
