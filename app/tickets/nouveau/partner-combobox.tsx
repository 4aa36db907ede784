"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type KeyboardEvent, type Ref } from "react";

import { inputClass } from "@/components/forms/field-classes";
import type { FormPartner } from "@/lib/tickets/list-form-options";

type PartnerComboboxProps = {
  id: string;
  partners: FormPartner[];
  /** Id of the chosen partner, "" when none. */
  value: string;
  onChange: (partnerId: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  isInvalid: boolean;
  describedBy: string;
};

// « prev » finds « Préverenges », « lisle » finds « L'Isle »: accents, case and apostrophes
// do not matter when searching.
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, "")
    .toLocaleLowerCase("fr")
    .trim();
}

/**
 * The searchable list of partners, following the ARIA combobox pattern: type to filter,
 * arrows to move, Enter to choose, Escape to close. The typed text is only a filter; the
 * form holds the chosen partner's id.
 */
export function PartnerCombobox(props: PartnerComboboxProps) {
  const { id, partners, value, onChange, onBlur, inputRef, isInvalid, describedBy } = props;
  const t = useTranslations("ticketForm");
  const selected = partners.find((partner) => partner.id === value);
  const [query, setQuery] = useState(selected?.name ?? "");
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const optionId = (index: number) => `${id}-option-${index}`;

  // Showing the chosen name means "no filter": reopening the list shows every partner.
  const filter = selected && query === selected.name ? "" : fold(query);
  const matches = useMemo(
    () =>
      filter === "" ? partners : partners.filter((partner) => fold(partner.name).includes(filter)),
    [partners, filter],
  );
  const hasMatches = matches.length > 0;
  const isListVisible = isOpen && hasMatches;

  useEffect(() => {
    if (isListVisible && activeIndex >= 0) {
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
    }
    // optionId only depends on id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isListVisible, activeIndex]);

  function choose(partner: FormPartner) {
    onChange(partner.id);
    setQuery(partner.name);
    setIsOpen(false);
    setActiveIndex(-1);
  }

  function handleInput(text: string) {
    setQuery(text);
    setIsOpen(true);
    setActiveIndex(text.trim() === "" ? -1 : 0);
    if (value !== "") onChange("");
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex((index) => Math.min(index + 1, matches.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" && isListVisible && activeIndex >= 0) {
      // Choosing in the list must not submit the form.
      event.preventDefault();
      choose(matches[activeIndex]);
    } else if (event.key === "Escape" && isOpen) {
      event.preventDefault();
      setIsOpen(false);
    }
  }

  function handleBlur() {
    setIsOpen(false);
    // Typing a whole name and leaving the field chooses that partner.
    if (value === "" && filter !== "") {
      const exact = partners.find((partner) => fold(partner.name) === filter);
      if (exact) choose(exact);
    }
    onBlur();
  }

  return (
    <div className="relative">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={isListVisible}
        aria-controls={listboxId}
        aria-activedescendant={
          isListVisible && activeIndex >= 0 ? optionId(activeIndex) : undefined
        }
        aria-invalid={isInvalid}
        aria-required="true"
        aria-describedby={`${describedBy} ${statusId}`.trim()}
        value={query}
        onChange={(event) => handleInput(event.target.value)}
        onKeyDown={handleKeyDown}
        onClick={() => setIsOpen(true)}
        onBlur={handleBlur}
        className={inputClass}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("partnerLegend")}
        hidden={!isListVisible}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
      >
        {matches.map((partner, index) => (
          <li
            key={partner.id}
            id={optionId(index)}
            role="option"
            aria-selected={partner.id === value}
            // Keeps the focus in the input, so choosing with the mouse does not blur it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(partner)}
            className={`flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-3 py-2 ${
              index === activeIndex ? "bg-brand-100 text-brand-800" : "text-slate-900"
            } aria-selected:font-semibold`}
          >
            <span>{partner.name}</span>
            <span className="text-xs text-slate-600">
              {t("partnerGroup", { group: partner.groupName })}
            </span>
          </li>
        ))}
      </ul>
      <p id={statusId} className="sr-only" aria-live="polite">
        {isOpen ? t("partnerMatches", { count: matches.length }) : ""}
      </p>
      {isOpen && !hasMatches ? (
        <p className="mt-1 text-sm text-slate-700">
          {t("partnerNoMatch", { query: query.trim() })}
        </p>
      ) : null}
    </div>
  );
}
