// Texts of the register and the initiative page (owned by the register feature).
export const registerSv = {
  title: 'Initiativ',
};

export const registerEn: typeof registerSv = {
  title: 'Initiatives',
};
