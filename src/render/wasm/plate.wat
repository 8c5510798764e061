;; Packed RGB → YUV 4:2:0 (BT.709, limited range) for photo plates, eight pixels at a time (SIMD), in the
;; fixed point of ../plate.ts's JavaScript loop, bit for bit:
;;   Y = (11967·R + 40252·G + 4063·B + 1081344) >> 16             (16.5 + 0.1826 R + 0.6142 G + 0.062 B)
;;   U = (−1648·ΣR − 5548·ΣG + 7196·ΣB + 8421376) >> 16          (128.5 + (−0.1006 ΣR − 0.3386 ΣG + 0.4392 ΣB) / 4)
;;   V = (7196·ΣR − 6536·ΣG − 660·ΣB + 8421376) >> 16            (128.5 + (0.4392 ΣR − 0.3989 ΣG − 0.0403 ΣB) / 4)
;; with Σ over each 2×2 block. The last group of a row starts at width − 8 (it overlaps the one before
;; and writes the same values), so nothing is read or written past a row: width must be even and ≥ 8.
;;
;; convert(src, rowBytes, width, rows, y, u, v): `rows` (even) rows of RGB at `src`, `rowBytes` apart;
;; Y rows `width` apart at `y`, U and V rows `width / 2` apart at `u` and `v`.
(module
  (import "env" "memory" (memory 1))

  (func $dot (param $r v128) (param $g v128) (param $b v128) (param $kr i32) (param $kg i32) (param $kb i32)
    (result v128)
    ;; kr·r + kg·g + kb·b + 8421376 on four 32-bit lanes, shifted down 16 (arithmetic).
    (i32x4.shr_s
      (i32x4.add
        (i32x4.add
          (i32x4.mul (local.get $r) (i32x4.splat (local.get $kr)))
          (i32x4.mul (local.get $g) (i32x4.splat (local.get $kg))))
        (i32x4.add
          (i32x4.mul (local.get $b) (i32x4.splat (local.get $kb)))
          (v128.const i32x4 8421376 8421376 8421376 8421376)))
      (i32.const 16)))

  (func $luma (param $r v128) (param $g v128) (param $b v128) (result v128)
    ;; Eight Y bytes (low half) from eight 16-bit R, G, B lanes.
    (i8x16.narrow_i16x8_u
      (i16x8.narrow_i32x4_u
        (i32x4.shr_u
          (i32x4.add
            (i32x4.add
              (i32x4.extmul_low_i16x8_u (local.get $r) (v128.const i16x8 11967 11967 11967 11967 11967 11967 11967 11967))
              (i32x4.extmul_low_i16x8_u (local.get $g) (v128.const i16x8 40252 40252 40252 40252 40252 40252 40252 40252)))
            (i32x4.add
              (i32x4.extmul_low_i16x8_u (local.get $b) (v128.const i16x8 4063 4063 4063 4063 4063 4063 4063 4063))
              (v128.const i32x4 1081344 1081344 1081344 1081344)))
          (i32.const 16))
        (i32x4.shr_u
          (i32x4.add
            (i32x4.add
              (i32x4.extmul_high_i16x8_u (local.get $r) (v128.const i16x8 11967 11967 11967 11967 11967 11967 11967 11967))
              (i32x4.extmul_high_i16x8_u (local.get $g) (v128.const i16x8 40252 40252 40252 40252 40252 40252 40252 40252)))
            (i32x4.add
              (i32x4.extmul_high_i16x8_u (local.get $b) (v128.const i16x8 4063 4063 4063 4063 4063 4063 4063 4063))
              (v128.const i32x4 1081344 1081344 1081344 1081344)))
          (i32.const 16)))
      (v128.const i64x2 0 0)))

  (func (export "convert")
    (param $src i32) (param $rowBytes i32) (param $width i32) (param $rows i32)
    (param $y i32) (param $u i32) (param $v i32)
    (local $row i32) (local $x i32) (local $at i32) (local $top i32) (local $bottom i32)
    (local $lo v128) (local $hi v128)
    (local $r0 v128) (local $g0 v128) (local $b0 v128) (local $r1 v128) (local $g1 v128) (local $b1 v128)
    (local $rs v128) (local $gs v128) (local $bs v128) (local $chroma i32)
    (local.set $row (i32.const 0))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $x (i32.const 0))
        (block $cols_done
          (loop $cols_loop
            (br_if $cols_done (i32.ge_u (local.get $x) (local.get $width)))
            ;; The last group ends at the row's end.
            (local.set $at
              (select (local.get $x) (i32.sub (local.get $width) (i32.const 8))
                (i32.le_u (i32.add (local.get $x) (i32.const 8)) (local.get $width))))
            ;; Eight pixels (24 bytes) of the top row as R, G, B bytes, then 16-bit lanes.
            (local.set $top (i32.add (i32.add (local.get $src) (i32.mul (local.get $row) (local.get $rowBytes)))
              (i32.mul (local.get $at) (i32.const 3))))
            (local.set $lo (v128.load (local.get $top)))
            (local.set $hi (v128.load offset=8 (local.get $top)))
            (local.set $r0 (i16x8.extend_low_i8x16_u
              (i8x16.shuffle 0 3 6 9 12 15 26 29 0 0 0 0 0 0 0 0 (local.get $lo) (local.get $hi))))
            (local.set $g0 (i16x8.extend_low_i8x16_u
              (i8x16.shuffle 1 4 7 10 13 24 27 30 0 0 0 0 0 0 0 0 (local.get $lo) (local.get $hi))))
            (local.set $b0 (i16x8.extend_low_i8x16_u
              (i8x16.shuffle 2 5 8 11 14 25 28 31 0 0 0 0 0 0 0 0 (local.get $lo) (local.get $hi))))
            (local.set $bottom (i32.add (local.get $top) (local.get $rowBytes)))
            (local.set $lo (v128.load (local.get $bottom)))
            (local.set $hi (v128.load offset=8 (local.get $bottom)))
            (local.set $r1 (i16x8.extend_low_i8x16_u
              (i8x16.shuffle 0 3 6 9 12 15 26 29 0 0 0 0 0 0 0 0 (local.get $lo) (local.get $hi))))
            (local.set $g1 (i16x8.extend_low_i8x16_u
              (i8x16.shuffle 1 4 7 10 13 24 27 30 0 0 0 0 0 0 0 0 (local.get $lo) (local.get $hi))))
            (local.set $b1 (i16x8.extend_low_i8x16_u
              (i8x16.shuffle 2 5 8 11 14 25 28 31 0 0 0 0 0 0 0 0 (local.get $lo) (local.get $hi))))
            (v128.store64_lane 0
              (i32.add (i32.add (local.get $y) (i32.mul (local.get $row) (local.get $width))) (local.get $at))
              (call $luma (local.get $r0) (local.get $g0) (local.get $b0)))
            (v128.store64_lane 0
              (i32.add (i32.add (local.get $y) (i32.mul (i32.add (local.get $row) (i32.const 1)) (local.get $width)))
                (local.get $at))
              (call $luma (local.get $r1) (local.get $g1) (local.get $b1)))
            ;; Sums of each 2×2 block: pairs added across, then the two rows.
            (local.set $rs (i32x4.add (i32x4.extadd_pairwise_i16x8_u (local.get $r0))
              (i32x4.extadd_pairwise_i16x8_u (local.get $r1))))
            (local.set $gs (i32x4.add (i32x4.extadd_pairwise_i16x8_u (local.get $g0))
              (i32x4.extadd_pairwise_i16x8_u (local.get $g1))))
            (local.set $bs (i32x4.add (i32x4.extadd_pairwise_i16x8_u (local.get $b0))
              (i32x4.extadd_pairwise_i16x8_u (local.get $b1))))
            (local.set $chroma
              (i32.add (i32.mul (i32.shr_u (local.get $row) (i32.const 1)) (i32.shr_u (local.get $width) (i32.const 1)))
                (i32.shr_u (local.get $at) (i32.const 1))))
            (v128.store32_lane 0 (i32.add (local.get $u) (local.get $chroma))
              (i8x16.narrow_i16x8_u
                (i16x8.narrow_i32x4_s
                  (call $dot (local.get $rs) (local.get $gs) (local.get $bs) (i32.const -1648) (i32.const -5548) (i32.const 7196))
                  (v128.const i64x2 0 0))
                (v128.const i64x2 0 0)))
            (v128.store32_lane 0 (i32.add (local.get $v) (local.get $chroma))
              (i8x16.narrow_i16x8_u
                (i16x8.narrow_i32x4_s
                  (call $dot (local.get $rs) (local.get $gs) (local.get $bs) (i32.const 7196) (i32.const -6536) (i32.const -660))
                  (v128.const i64x2 0 0))
                (v128.const i64x2 0 0)))
            (local.set $x (i32.add (local.get $x) (i32.const 8)))
            (br $cols_loop)))
        (local.set $row (i32.add (local.get $row) (i32.const 2)))
        (br $rows_loop))))
)
