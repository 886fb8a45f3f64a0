// Texts of the create/edit form and "Mina uppföljningar" (owned by the form feature).
export const initiativeFormSv = {
  createTitle: 'Registrera initiativ',
  editTitle: 'Redigera initiativ',
  followUpsTitle: 'Mina uppföljningar',
};

export const initiativeFormEn: typeof initiativeFormSv = {
  createTitle: 'Register an initiative',
  editTitle: 'Edit initiative',
  followUpsTitle: 'My follow-ups',
};
