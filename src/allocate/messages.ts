import { defineMessages } from "../message/message.js";

// Error and explanation texts of the allocate layer (Bahasa Indonesia and English), keyed by stable
// code: one catalogue per public function family, so that a bundle of `apportion` does not carry the
// texts of `allocateBudget` and `fillByPriority`.

/** Texts of `apportion` and `apportionBySeat`: the apportionment problem and its checks. @internal */
export const allocateMessages = /* @__PURE__ */ defineMessages({
  "allocate.unknown_method": {
    id: "Metode pembagian tidak dikenal: {method} (pilih hamilton, jefferson, webster, huntington-hill atau adams)",
    en: "Unknown apportionment method: {method} (choose hamilton, jefferson, webster, huntington-hill or adams)",
  },
  "allocate.method_alias": {
    id: "Tulis metode pembagian dengan id-nya: {method} adalah \"{id}\"",
    en: "Write the apportionment method by its id: {method} is \"{id}\"",
  },
  "allocate.not_divisor_method": {
    id: "Pembagian kursi demi kursi hanya untuk metode pembagi, bukan {method}",
    en: "Seat-by-seat apportionment works for divisor methods only, not {method}",
  },
  "allocate.seats_invalid": {
    id: "Jumlah kursi/kuota harus bilangan bulat aman ≥ 0 atau bigint di bawah 10^200, bukan {value}",
    en: "The number of seats must be a safe integer ≥ 0 or a bigint below 10^200, not {value}",
  },
  "allocate.no_regions": {
    id: "Tidak ada wilayah untuk menerima {seats} kursi",
    en: "There are no regions to receive {seats} {seats|seat|seats}",
  },
  "allocate.weight_invalid": {
    id: "Bobot ke-{index} tidak valid: {value} (harus bilangan bulat ≥ 0, bigint, atau string desimal seperti \"12.35\")",
    en: "Weight at index {index} is invalid: {value} (must be an integer ≥ 0, a bigint, or a decimal string such as \"12.35\")",
  },
  "allocate.weight_hole": {
    id: "Daftar bobot memiliki lubang (entri kosong) pada indeks {index}; setiap wilayah harus punya bobot",
    en: "The list of weights has a hole (an empty slot) at index {index}; every region needs a weight",
  },
  "allocate.weight_too_long": {
    id: "Bobot ke-{index} terlalu panjang: {value} (paling banyak 200 karakter atau digit)",
    en: "Weight at index {index} is too long: {value} (at most 200 characters or digits)",
  },
  "allocate.options_invalid": {
    id: "Opsi pembagian harus berupa objek, bukan {value}",
    en: "The apportionment options must be an object, not {value}",
  },
  "allocate.seat_by_seat_too_many": {
    id: "Pembagian kursi demi kursi dibatasi {max} kursi (diminta {seats}); gunakan apportion untuk jumlah sebesar ini",
    en: "Seat-by-seat apportionment is limited to {max} seats ({seats} asked); use apportion for numbers this large",
  },
  "allocate.weight_negative": {
    id: "Bobot ke-{index} negatif: {value}",
    en: "Weight at index {index} is negative: {value}",
  },
  "allocate.weight_fractional_number": {
    id: "Bobot ke-{index} berupa pecahan number ({value}); berikan pecahan sebagai string desimal",
    en: "Weight at index {index} is a fractional number ({value}); pass fractions as a decimal string",
  },
  "allocate.weight_unsafe_number": {
    id: "Bobot ke-{index} ({value}) melewati batas bilangan bulat aman; berikan sebagai bigint atau string",
    en: "Weight at index {index} ({value}) is beyond the safe integer range; pass it as a bigint or string",
  },
  "allocate.weights_all_zero": {
    id: "Semua bobot bernilai nol; {seats} kursi di atas batas minimum tidak dapat dibagi",
    en: "All weights are zero; the {seats} {seats|seat|seats} above the minimums cannot be apportioned",
  },
  "allocate.bound_invalid": {
    id: "Batas {bound} untuk wilayah ke-{index} tidak valid: {value} (harus bilangan bulat ≥ 0 atau bigint)",
    en: "The {bound} bound of region {index} is invalid: {value} (must be an integer ≥ 0 or a bigint)",
  },
  "allocate.bound_length": {
    id: "Daftar batas {bound} berisi {length} nilai, padahal ada {expected} wilayah",
    en: "The {bound} list has {length} {length|entry|entries} but there {expected|is|are} {expected} {expected|region|regions}",
  },
  "allocate.min_above_max": {
    id: "Wilayah ke-{index}: batas minimum {min} melebihi batas maksimum {max}",
    en: "Region {index}: the minimum {min} exceeds the maximum {max}",
  },
  "allocate.min_exceeds_seats": {
    id: "Tidak layak: jumlah batas minimum ({sum}) melebihi jumlah kursi ({seats})",
    en: "Infeasible: the minimums add up to {sum}, more than the {seats} {seats|seat|seats}",
  },
  "allocate.max_below_seats": {
    id: "Tidak layak: jumlah batas maksimum ({sum}) kurang dari jumlah kursi ({seats})",
    en: "Infeasible: the maximums add up to {sum}, fewer than the {seats} {seats|seat|seats}",
  },
  "allocate.tie_break_invalid": {
    id: "Urutan pemecah seri harus memuat setiap indeks wilayah 0–{last} tepat satu kali; masalah: {value}",
    en: "The tie-break order must list every region index 0–{last} exactly once; problem: {value}",
  },
  "allocate.hamilton_minimums_invalid": {
    id: "Cara batas minimum Hamilton tidak dikenal: {value} (pilih requota atau raise)",
    en: "Unknown Hamilton minimum convention: {value} (choose requota or raise)",
  },
  "allocate.hamilton_minimums_method": {
    id: "Cara batas minimum \"raise\" hanya untuk metode hamilton, bukan {method}",
    en: "The \"raise\" minimum convention applies to the hamilton method only, not {method}",
  },
  "allocate.hamilton_raise_max": {
    id: "Cara batas minimum \"raise\" tidak memakai batas maksimum; hapus max atau pakai \"requota\"",
    en: "The \"raise\" minimum convention takes no maximums; drop max or use \"requota\"",
  },
  "allocate.step_count_invalid": {
    id: "Jumlah langkah penjelasan harus bilangan bulat 0–1000, bukan {value}",
    en: "The number of explained steps must be an integer 0–1000, not {value}",
  },
});

/** Texts of `allocateBudget`. @internal */
export const budgetMessages = /* @__PURE__ */ defineMessages({
  "allocate.budget_unit_invalid": {
    id: "Satuan anggaran harus lebih dari Rp0, bukan {unit}",
    en: "The budget unit must be more than Rp0, not {unit}",
  },
  "allocate.budget_total_negative": {
    id: "Total anggaran tidak boleh negatif: {total}",
    en: "The budget total must not be negative: {total}",
  },
  "allocate.budget_not_multiple": {
    id: "{what} ({value}) bukan kelipatan satuan {unit}",
    en: "{what} ({value}) is not a multiple of the unit {unit}",
  },
  "allocate.budget_bound_invalid": {
    id: "Batas {bound} untuk bagian ke-{index} tidak valid: {value} (harus nilai rupiah ≥ 0)",
    en: "The {bound} bound of share {index} is invalid: {value} (must be a rupiah amount ≥ 0)",
  },
  "allocate.budget_no_shares": {
    id: "Tidak ada bagian untuk menerima anggaran {total}",
    en: "There are no shares to receive the budget of {total}",
  },
  "allocate.budget_min_exceeds_total": {
    id: "Tidak layak: jumlah batas bawah ({sum}) melebihi total anggaran ({total})",
    en: "Infeasible: the floors add up to {sum}, more than the budget of {total}",
  },
  "allocate.budget_max_below_total": {
    id: "Tidak layak: jumlah batas atas ({sum}) kurang dari total anggaran ({total})",
    en: "Infeasible: the caps add up to {sum}, less than the budget of {total}",
  },
  "allocate.budget_shares_all_zero": {
    id: "Semua bobot bagian bernilai nol; sisa anggaran {rest} di atas batas bawah tidak dapat dibagi",
    en: "All shares are zero; the {rest} above the floors cannot be split",
  },
  "allocate.budget_min_above_max": {
    id: "Bagian ke-{index}: batas bawah {min} melebihi batas atas {max}",
    en: "Share {index}: the floor {min} exceeds the cap {max}",
  },
  "allocate.budget_leftover_note": {
    id: "Setiap bagian menerima satuan utuh ({unit}) dari bagian tepatnya, dibulatkan ke bawah; sisa {leftover} satuan diberikan satu per satu ke sisa pecahan terbesar, seri dimenangkan indeks lebih kecil.",
    en: "Each share receives the whole units ({unit}) of its exact share, rounded down; {leftover|the remaining unit goes to the largest fractional remainder|the remaining {leftover} units go one each to the largest fractional remainders}, ties to the lower index.",
  },
});

/** Texts of `fillByPriority`. @internal */
export const fillMessages = /* @__PURE__ */ defineMessages({
  "allocate.fill_quota_reached": { id: "kuota {quota} sudah terpenuhi", en: "quota of {quota} reached" },
  "allocate.fill_budget_short": {
    id: "sisa {remaining} kurang dari biayanya {cost}",
    en: "remaining {remaining} is less than its cost {cost}",
  },
  "allocate.fill_next": { id: "; {id} (peringkat {rank}) tidak didanai: {reason}", en: "; {id} (rank {rank}) is not funded: {reason}" },
  "allocate.fill_summary": {
    id: "{funded} dari {total} rumah tangga didanai, total biaya {cost}{next}",
    en: "{funded} of {total} households funded, total cost {cost}{next}",
  },
  "allocate.fill_no_limit": {
    id: "Berikan kuota (quota) atau anggaran (budget) untuk mengisi menurut prioritas",
    en: "Give a quota or a budget to fill by priority",
  },
  "allocate.fill_no_cost": {
    id: "Anggaran memerlukan biaya per rumah tangga (cost)",
    en: "A budget needs a cost per household (cost)",
  },
  "allocate.fill_quota_invalid": {
    id: "Kuota harus bilangan bulat aman ≥ 0, bukan {value}",
    en: "The quota must be a safe integer ≥ 0, not {value}",
  },
  "allocate.fill_budget_invalid": {
    id: "Anggaran harus nilai rupiah ≥ 0, bukan {value}",
    en: "The budget must be a rupiah amount ≥ 0, not {value}",
  },
  "allocate.fill_skip_invalid": {
    id: "skipUnaffordable harus true atau false, bukan {value}",
    en: "skipUnaffordable must be true or false, not {value}",
  },
  "allocate.fill_cost_invalid": {
    id: "Biaya rumah tangga {id} tidak valid: {value} (harus nilai rupiah ≥ 0)",
    en: "The cost of household {id} is invalid: {value} (must be a rupiah amount ≥ 0)",
  },
  "allocate.fill_not_a_list": { id: "Peringkat harus berupa larik, bukan {value}", en: "The ranking must be an array, not {value}" },
  "allocate.fill_item_invalid": {
    id: "Entri ke-{index} tidak valid: perlu id (teks tidak kosong) dan rank (bilangan bulat ≥ 1)",
    en: "Entry {index} is invalid: it needs an id (non-empty text) and a rank (an integer ≥ 1)",
  },
  "allocate.fill_duplicate_id": { id: "Id {id} muncul lebih dari sekali (entri ke-{index})", en: "Id {id} appears more than once (entry {index})" },
  "allocate.fill_duplicate_rank": {
    id: "Peringkat {rank} muncul lebih dari sekali (entri ke-{index}); putuskan seri sebelum mengisi",
    en: "Rank {rank} appears more than once (entry {index}); break ties before filling",
  },
});
