## Navegación
nav-admin = Panel del personal

## Formularios (comunes)
form-error-summary = Hay un problema
form-error-prefix = Error:
form-honeypot = Deje este campo vacío
form-save = Guardar
form-required = Este campo es obligatorio.
form-too-long = Este texto es demasiado largo.
form-invalid-email = Escriba una dirección de correo electrónico como name@example.org.
form-password-too-short = Use al menos 10 caracteres.
form-password-common = Esta contraseña es demasiado común. Elija una que sea más difícil de adivinar.
form-password-mismatch = Las dos contraseñas no coinciden.
form-wrong-password = Esta contraseña no es correcta.
form-invalid-choice = Elija una de las opciones.
form-invalid-slug = Use de 2 a 40 letras minúsculas, cifras o guiones.
form-slug-taken = Otra ciudad ya usa esta dirección.
form-invalid-time-zone = Elija una zona horaria válida, por ejemplo Africa/Nairobi.
form-invalid-date = Escriba una fecha con el formato año-mes-día, por ejemplo 2027-06-30.
form-invalid-sdg = Elija objetivos entre el 1 y el 17.
form-invalid-number = Escriba un número válido.
form-invalid-currency = Escriba un código de moneda de tres letras, por ejemplo USD.
form-unknown-commitment = Uno de los compromisos elegidos no existe.
form-invalid-progress = Escriba un número entero del 0 al 100.
form-invalid-url = Cada enlace a una prueba necesita un título y una dirección que empiece por https:// o http://.
form-unknown-update = Esta actualización no existe para este elemento.

## Etiquetas de los campos
field-display_name = Nombre visible
field-email = Dirección de correo electrónico
field-password = Contraseña
field-password_confirm = Repita la contraseña
field-current_password = Contraseña actual
field-new_password = Contraseña nueva
field-locale = Idioma preferido

## Ayuda de los campos
hint-display-name = Se muestra junto a lo que escribe. No tiene que ser su nombre real.
hint-email-private = Nunca se muestra públicamente. Le enviaremos un enlace para confirmarla.
hint-password-rules = Al menos 10 caracteres. Evite contraseñas comunes; una frase corta es fácil de recordar.

## Registro
register-title = Crear una cuenta
register-intro = Con una cuenta puede comentar, seguir compromisos y recibir respuestas de la ciudad.
register-submit = Crear cuenta
register-have-account = ¿Ya tiene una cuenta?
register-done-title = Revise su correo electrónico
register-done-body = Si la dirección se puede usar, le hemos enviado un mensaje. Abra el enlace de ese mensaje para confirmar su dirección. El enlace es válido durante 48 horas.

## Verificación del correo electrónico
verify-ok-title = Dirección confirmada
verify-ok-body = Gracias. Su dirección de correo electrónico está confirmada.
verify-bad-title = Este enlace no funciona
verify-bad-body = El enlace ha caducado o ya se usó. Inicie sesión y pida uno nuevo, o vuelva a crear su cuenta.

## Iniciar sesión
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Ha olvidado su contraseña?
login-no-account = ¿Todavía no tiene una cuenta?
login-failed = La dirección de correo electrónico o la contraseña no es correcta.
login-locked = Ha habido demasiados intentos fallidos con esta dirección. Espere unos minutos y vuelva a intentarlo.

## Contraseña olvidada
forgot-title = Restablecer su contraseña
forgot-intro = Escriba la dirección con la que se registró. Le enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar el enlace
forgot-sent = Si hay una cuenta con esta dirección, le hemos enviado un enlace. El enlace es válido durante una hora.

## Restablecer la contraseña
reset-title = Elija una contraseña nueva
reset-submit = Guardar la contraseña nueva
reset-done = Su contraseña se ha cambiado. Ya puede iniciar sesión.
reset-bad-title = Este enlace no funciona
reset-bad-body = El enlace ha caducado o ya se usó. Pida uno nuevo.

## Cuenta
account-title = Su cuenta
account-signed-in-as = Ha iniciado sesión como { $email }.
account-unverified = Su dirección de correo electrónico aún no está confirmada. Abra el enlace que le enviamos.
account-profile = Perfil
account-password = Cambiar su contraseña
account-password-submit = Cambiar contraseña
account-roles = Sus roles
account-organisations = Sus organizaciones
account-no-organisations = No es miembro de ninguna organización.
account-your-data = Sus datos
account-export-intro = Descargue todo lo que guardamos sobre usted, en un archivo JSON.
account-export = Descargar mis datos
account-delete = Eliminar su cuenta
account-delete-intro = Se eliminan sus datos personales. Sus comentarios públicos se mantienen y aparecen como escritos por una cuenta eliminada. Esto no se puede deshacer.
account-delete-submit = Eliminar mi cuenta
account-saved = Sus cambios se han guardado.
account-deleted-title = Cuenta eliminada
account-deleted-body = Su cuenta y sus datos personales se han eliminado.

## Funciones
role-moderator = Moderación
role-staff = Personal municipal
role-city_admin = Administración de la ciudad

## Organizaciones
org-verified = Organización verificada
org-pending = pendiente de verificación

## Correo electrónico
mail-greeting = Hola, { $name }:
mail-footer = Recibe este mensaje por una acción realizada en townhall. Si no fue usted, puede ignorarlo.
mail-verify-subject = Confirme su dirección de correo electrónico
mail-verify-body = Confirme que esta dirección es suya abriendo el enlace de abajo.
mail-link-expires-hours = { $hours ->
    [one] El enlace es válido durante { $hours } hora.
   *[other] El enlace es válido durante { $hours } horas.
}
mail-verify-action = Confirmar mi dirección
mail-already-subject = Alguien intentó registrarse con su dirección
mail-already-body = Alguien intentó crear una cuenta con esta dirección de correo electrónico, que ya tiene una. Si fue usted, inicie sesión o restablezca su contraseña. Si no, puede ignorar este mensaje.
mail-already-action = Iniciar sesión
mail-reset-subject = Restablezca su contraseña
mail-reset-body = Hemos recibido una solicitud para restablecer su contraseña. Abra el enlace de abajo para elegir una nueva.
mail-reset-ignore = Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.
mail-reset-action = Elegir una contraseña nueva
following-title = Lo que sigue
following-intro = Recibe un correo cuando estos elementos tienen una nueva actualización, una respuesta oficial o una respuesta a su mensaje.
following-none = Aún no sigue nada. Use «Seguir» en un compromiso, proyecto o consulta.
following-unfollow = Dejar de seguir
following-unfollowed = Ya no sigue ese elemento.
following-since = Siguiendo desde el { $date }
orgs-title = Organizaciones
orgs-intro = Organizaciones de la sociedad civil verificadas por la ciudad. Sus miembros pueden comentar en su nombre y publicar evaluaciones independientes.
orgs-none = Aún no se ha verificado ninguna organización.
orgs-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
orgs-request = Pedir un perfil verificado para su organización
