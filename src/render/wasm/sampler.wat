;; Joy's bilinear sampler for axis-aligned maps (zoom and pan without rotation), in fixed point.
;; Same result as sampleAxisAligned in ../sampler.ts, bit for bit: each output pixel is
;; (Σ source · horizontal weight · vertical weight + 32768) >> 16 over its four taps, with the weights
;; in 0–256. That sum is exact in integers whichever pass runs first, so this kernel resamples source
;; rows horizontally first (each row once, kept while the next output row needs it) and blends two of
;; them vertically, both eight pixels at a time (SIMD).
;;
;; Horizontally, eight output pixels whose taps lie within 16 source bytes take one load and one
;; byte shuffle; groups spread wider (zoomed far out) take the scalar loop.
;;
;; dst(i, j) = src(a·i + c, e·j + f), bilinear, clamped to the source; src is `sw`×`sh` bytes at $src
;; (readable 16 bytes past its end), dst `dw`×`dh` bytes at $dst (writable 8 bytes past its end).
;; With G = ⌈dw/8⌉ groups: $rows needs 32·G bytes of scratch, $cols 128·G.
(module
  (import "env" "memory" (memory 1))

  ;; One source row resampled to the output's columns, as 16-bit sums (≤ 255·256), into $out.
  (func $resampleRow (param $row i32) (param $out i32) (param $cols i32) (param $groups i32)
    (local $g i32) (local $entry i32) (local $k i32) (local $col i32) (local $ix i32) (local $w i32)
    (local $pair v128)
    (local.set $g (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        (local.set $entry (i32.add (local.get $cols) (i32.shl (local.get $g) (i32.const 6))))
        (if (i32.load offset=52 (local.get $entry))
          (then
            ;; Taps too far apart for one shuffle: one pixel at a time from the column table.
            (local.set $k (i32.const 0))
            (loop $pixel
              (local.set $col
                (i32.add
                  (i32.add (local.get $cols) (i32.shl (local.get $groups) (i32.const 6)))
                  (i32.shl (i32.add (i32.shl (local.get $g) (i32.const 3)) (local.get $k)) (i32.const 3))))
              (local.set $ix (i32.add (local.get $row) (i32.load (local.get $col))))
              (local.set $w (i32.load offset=4 (local.get $col)))
              (i32.store16
                (i32.add (i32.add (local.get $out) (i32.shl (local.get $g) (i32.const 4))) (i32.shl (local.get $k) (i32.const 1)))
                (i32.add
                  (i32.mul (i32.load8_u (local.get $ix)) (i32.sub (i32.const 256) (local.get $w)))
                  (i32.mul (i32.load8_u offset=1 (local.get $ix)) (local.get $w))))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br_if $pixel (i32.lt_u (local.get $k) (i32.const 8)))))
          (else
            ;; Bytes 0–7: the left taps, 8–15: the right taps, picked from 16 bytes at the group's base.
            (local.set $pair
              (i8x16.swizzle
                (v128.load (i32.add (local.get $row) (i32.load offset=48 (local.get $entry))))
                (v128.load (local.get $entry))))
            (v128.store
              (i32.add (local.get $out) (i32.shl (local.get $g) (i32.const 4)))
              (i16x8.add
                (i16x8.mul (i16x8.extend_low_i8x16_u (local.get $pair)) (v128.load offset=16 (local.get $entry)))
                (i16x8.mul (i16x8.extend_high_i8x16_u (local.get $pair)) (v128.load offset=32 (local.get $entry)))))))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next))))

  (func (export "sampleAxis")
    (param $src i32) (param $sw i32) (param $sh i32)
    (param $dst i32) (param $dw i32) (param $dh i32)
    (param $a f64) (param $c f64) (param $e f64) (param $f f64)
    (param $rows i32) (param $cols i32)
    (local $i i32) (local $j i32) (local $g i32) (local $k i32) (local $maxX i32) (local $maxY i32)
    (local $ix i32) (local $iy i32) (local $w i32) (local $groups i32) (local $table i32)
    (local $entry i32) (local $base i32) (local $top i32) (local $col i32)
    (local $buf0 i32) (local $buf1 i32) (local $row0 i32) (local $row1 i32) (local $swap i32)
    (local $out i32) (local $pos f64) (local $w0 v128) (local $w1 v128) (local $h0 v128) (local $h1 v128)
    (local.set $maxX (i32.sub (local.get $sw) (i32.const 1)))
    (local.set $maxY (i32.sub (local.get $sh) (i32.const 1)))
    (local.set $groups (i32.shr_u (i32.add (local.get $dw) (i32.const 7)) (i32.const 3)))
    ;; Column table after the group table: offset of the left tap and weight 0–256 per column; the
    ;; columns past the last repeat it.
    (local.set $table (i32.add (local.get $cols) (i32.shl (local.get $groups) (i32.const 6))))
    (local.set $i (i32.const 0))
    (block $cols_done
      (loop $cols_loop
        (br_if $cols_done (i32.ge_s (local.get $i) (i32.shl (local.get $groups) (i32.const 3))))
        (local.set $pos
          (f64.add
            (f64.mul (local.get $a)
              (f64.convert_i32_s
                (select (local.get $i) (i32.sub (local.get $dw) (i32.const 1)) (i32.lt_s (local.get $i) (local.get $dw)))))
            (local.get $c)))
        (local.set $pos (f64.max (f64.const 0) (f64.min (local.get $pos) (f64.convert_i32_s (local.get $maxX)))))
        (local.set $ix (i32.trunc_f64_s (local.get $pos)))
        (local.set $w (i32.trunc_f64_s (f64.add (f64.mul (f64.sub (local.get $pos) (f64.convert_i32_s (local.get $ix))) (f64.const 256)) (f64.const 0.5))))
        (if (i32.ge_s (local.get $ix) (local.get $maxX))
          (then
            (local.set $ix (select (i32.sub (local.get $maxX) (i32.const 1)) (i32.const 0) (i32.gt_s (local.get $maxX) (i32.const 0))))
            (local.set $w (select (i32.const 256) (i32.const 0) (i32.gt_s (local.get $maxX) (i32.const 0))))))
        (i32.store (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3))) (local.get $ix))
        (i32.store offset=4 (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3))) (local.get $w))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cols_loop)))
    ;; Group table, 64 bytes a group: shuffle mask, left weights, right weights (16-bit), base offset,
    ;; and whether the taps spread past 16 bytes.
    (local.set $g (i32.const 0))
    (block $groups_done
      (loop $groups_loop
        (br_if $groups_done (i32.ge_u (local.get $g) (local.get $groups)))
        (local.set $entry (i32.add (local.get $cols) (i32.shl (local.get $g) (i32.const 6))))
        (local.set $col (i32.add (local.get $table) (i32.shl (local.get $g) (i32.const 6))))
        (local.set $base (i32.load (local.get $col)))
        (local.set $top (local.get $base))
        (local.set $k (i32.const 1))
        (loop $span
          (local.set $ix (i32.load (i32.add (local.get $col) (i32.shl (local.get $k) (i32.const 3)))))
          (if (i32.lt_s (local.get $ix) (local.get $base)) (then (local.set $base (local.get $ix))))
          (if (i32.gt_s (local.get $ix) (local.get $top)) (then (local.set $top (local.get $ix))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $span (i32.lt_u (local.get $k) (i32.const 8))))
        (i32.store offset=48 (local.get $entry) (local.get $base))
        (i32.store offset=52 (local.get $entry) (i32.gt_s (i32.sub (local.get $top) (local.get $base)) (i32.const 14)))
        (local.set $k (i32.const 0))
        (loop $lanes
          (local.set $ix (i32.sub (i32.load (i32.add (local.get $col) (i32.shl (local.get $k) (i32.const 3)))) (local.get $base)))
          (local.set $w (i32.load offset=4 (i32.add (local.get $col) (i32.shl (local.get $k) (i32.const 3)))))
          (i32.store8 (i32.add (local.get $entry) (local.get $k)) (local.get $ix))
          (i32.store8 offset=8 (i32.add (local.get $entry) (local.get $k)) (i32.add (local.get $ix) (i32.const 1)))
          (i32.store16 offset=16 (i32.add (local.get $entry) (i32.shl (local.get $k) (i32.const 1))) (i32.sub (i32.const 256) (local.get $w)))
          (i32.store16 offset=32 (i32.add (local.get $entry) (i32.shl (local.get $k) (i32.const 1))) (local.get $w))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $lanes (i32.lt_u (local.get $k) (i32.const 8))))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $groups_loop)))
    ;; Two resampled rows, reused while consecutive output rows fall between the same source rows.
    (local.set $buf0 (local.get $rows))
    (local.set $buf1 (i32.add (local.get $rows) (i32.shl (local.get $groups) (i32.const 4))))
    (local.set $row0 (i32.const -1))
    (local.set $row1 (i32.const -1))
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
        ;; buf0 must hold source row iy, buf1 row iy + 1 (the source has at least two rows).
        (if (i32.ne (local.get $row0) (local.get $iy))
          (then
            (if (i32.eq (local.get $row1) (local.get $iy))
              (then
                (local.set $swap (local.get $buf0))
                (local.set $buf0 (local.get $buf1))
                (local.set $buf1 (local.get $swap))
                (local.set $row1 (local.get $row0))
                (local.set $row0 (local.get $iy)))
              (else
                (call $resampleRow
                  (i32.add (local.get $src) (i32.mul (local.get $iy) (local.get $sw)))
                  (local.get $buf0) (local.get $cols) (local.get $groups))
                (local.set $row0 (local.get $iy))))))
        (if (i32.ne (local.get $row1) (i32.add (local.get $iy) (i32.const 1)))
          (then
            (call $resampleRow
              (i32.add (local.get $src) (i32.mul (i32.add (local.get $iy) (i32.const 1)) (local.get $sw)))
              (local.get $buf1) (local.get $cols) (local.get $groups))
            (local.set $row1 (i32.add (local.get $iy) (i32.const 1)))))
        ;; Vertical blend, eight pixels a step, in 32 bits: row0·(256−wy) + row1·wy.
        (local.set $w0 (i16x8.splat (i32.sub (i32.const 256) (local.get $w))))
        (local.set $w1 (i16x8.splat (local.get $w)))
        (local.set $out (i32.add (local.get $dst) (i32.mul (local.get $j) (local.get $dw))))
        (local.set $g (i32.const 0))
        (block $v_done
          (loop $v_loop
            (br_if $v_done (i32.ge_u (local.get $g) (local.get $groups)))
            (local.set $h0 (v128.load (i32.add (local.get $buf0) (i32.shl (local.get $g) (i32.const 4)))))
            (local.set $h1 (v128.load (i32.add (local.get $buf1) (i32.shl (local.get $g) (i32.const 4)))))
            (v128.store64_lane 0
              (i32.add (local.get $out) (i32.shl (local.get $g) (i32.const 3)))
              (i8x16.narrow_i16x8_u
                (i16x8.narrow_i32x4_u
                  (i32x4.shr_u
                    (i32x4.add
                      (i32x4.add
                        (i32x4.extmul_low_i16x8_u (local.get $h0) (local.get $w0))
                        (i32x4.extmul_low_i16x8_u (local.get $h1) (local.get $w1)))
                      (v128.const i32x4 32768 32768 32768 32768))
                    (i32.const 16))
                  (i32x4.shr_u
                    (i32x4.add
                      (i32x4.add
                        (i32x4.extmul_high_i16x8_u (local.get $h0) (local.get $w0))
                        (i32x4.extmul_high_i16x8_u (local.get $h1) (local.get $w1)))
                      (v128.const i32x4 32768 32768 32768 32768))
                    (i32.const 16)))
                (v128.const i64x2 0 0)))
            (local.set $g (i32.add (local.get $g) (i32.const 1)))
            (br $v_loop)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rows_loop)))
  )

;; out = (a·(256−w) + b·w + 128) >> 8 for `n` bytes (w in 0–256), sixteen bytes a step: the crossfade of
;; ../blend/mix.ts, bit for bit. The 16-bit sums never exceed 255·256 + 128, so they cannot wrap. The
;; three areas are readable and writable 16 bytes past `n`.
  (func (export "mix") (param $a i32) (param $b i32) (param $out i32) (param $n i32) (param $w i32)
    (local $i i32) (local $wa v128) (local $wb v128) (local $x v128) (local $y v128)
    (local.set $wa (i16x8.splat (i32.sub (i32.const 256) (local.get $w))))
    (local.set $wb (i16x8.splat (local.get $w)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (v128.load (i32.add (local.get $a) (local.get $i))))
        (local.set $y (v128.load (i32.add (local.get $b) (local.get $i))))
        (v128.store
          (i32.add (local.get $out) (local.get $i))
          (i8x16.narrow_i16x8_u
            (i16x8.shr_u
              (i16x8.add
                (i16x8.add
                  (i16x8.mul (i16x8.extend_low_i8x16_u (local.get $x)) (local.get $wa))
                  (i16x8.mul (i16x8.extend_low_i8x16_u (local.get $y)) (local.get $wb)))
                (v128.const i16x8 128 128 128 128 128 128 128 128))
              (i32.const 8))
            (i16x8.shr_u
              (i16x8.add
                (i16x8.add
                  (i16x8.mul (i16x8.extend_high_i8x16_u (local.get $x)) (local.get $wa))
                  (i16x8.mul (i16x8.extend_high_i8x16_u (local.get $y)) (local.get $wb)))
                (v128.const i16x8 128 128 128 128 128 128 128 128))
              (i32.const 8))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next))))
)
