import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, MARITAL_STATUSES, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of KUBE (Kelompok Usaha Bersama). @internal */
export const kubeMessages = defineMessages({
  "kube.desil_current": DESIL_CURRENT,
  "kube.desil_in_range": DESIL_IN_RANGE,
  "kube.no_excluded_member": NO_EXCLUDED_MEMBER,
  "kube.member_of_working_age": {
    id: "Paling sedikit satu anggota berusia {expected} tahun (usia produktif) untuk bergabung dalam KUBE; umur anggota: {received}",
    en: "At least one member of productive age ({expected}) to join the KUBE; members' ages: {received}",
  },
  "kube.married_member": {
    id: "Anggota KUBE harus sudah menikah: paling sedikit satu anggota berusia {expected} tahun berstatus kawin; status anggota usia itu: {received}",
    en: "The KUBE member must be married: at least one member aged {expected} must be married; their recorded status: {received}",
    // A member of that age whose status is not recorded is `?` in the check's values.
    labels: { ...MARITAL_STATUSES, "?": { id: "tidak tercatat", en: "not recorded" } },
  },
  "kube.first_kube": {
    id: "Keluarga belum pernah menerima KUBE; tercatat: {received}",
    en: "The family must never have received KUBE before; recorded: {received}",
  },
  "kube.group_size": {
    id: "Kelompok KUBE beranggotakan {expected} kepala keluarga; ukuran kelompok: {received}",
    en: "A KUBE group has {expected} {expected|family|families} (KK); group size: {received}",
  },
  "kube.member_grant": {
    id: "Modal usaha KUBE untuk keluarga ini: {amount} (per keluarga anggota; kelompok menerima {amount} × jumlah anggotanya)",
    en: "KUBE business capital for this family: {amount} (per member family; the group receives {amount} × its members)",
  },
});
