import type { Text } from "../message/message.js";

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * A program as a sentence names it, in each language, as an officer knows it: its name, with its id
 * after it where the name does not hold it ("Peningkatan Air Minum dan Sanitasi (air_sanitasi)";
 * "Program Keluarga Harapan (PKH)" as it is), so that the sentence leads to the program's entry. A
 * program without a name in a language (a caller's own, or one known only by the id a payment list
 * gives) is named by its id.
 * @internal
 */
export function programName(program: { readonly id: string; readonly name?: Partial<Text> | undefined }): Text {
  const id = program.id;
  const named = (name: string | undefined) => (!name ? id : letters(name).includes(letters(id)) ? name : `${name} (${id})`);
  return { id: named(program.name?.id), en: named(program.name?.en) };
}
