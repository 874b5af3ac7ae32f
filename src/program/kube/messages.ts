import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of KUBE (Kelompok Usaha Bersama). @internal */
export const kubeMessages = defineMessages({
  "kube.desil_current": DESIL_CURRENT,
  "kube.desil_in_range": DESIL_IN_RANGE,
  "kube.no_excluded_member": NO_EXCLUDED_MEMBER,
  "kube.member_of_working_age": {
    id: "Paling sedikit satu anggota berusia {expected} tahun untuk bergabung dalam KUBE; umur anggota: {received}",
    en: "At least one member aged {expected} to join the KUBE; members' ages: {received}",
  },
  "kube.group_size": {
    id: "Kelompok KUBE beranggotakan {expected} keluarga; ukuran kelompok: {received}",
    en: "A KUBE group has {expected} families; group size: {received}",
  },
  "kube.share": {
    id: "Bagian keluarga dari modal KUBE {groupAmount} untuk {groupSize} keluarga",
    en: "The family's share of the KUBE grant of {groupAmount} for {groupSize} families",
  },
});
